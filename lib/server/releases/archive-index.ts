import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthKey, monthRange, yearRange } from "@/lib/time/zones";
import { db } from "../db";
import { publicChanges, publicDataCache } from "../public-data-cache";
import { comingReleaseWhere, publicReleaseWhere } from "./visibility";

// Where every archive page starts, so that page N is a keyset range read from
// its first key instead of an OFFSET over everything newer.
//
// An index is built in one ordered pass over a list's keys (publishAt, id),
// served from the (publishAt, id, status) or (categoryId, publishAt, id,
// status) index, and kept in Next's data cache until the next content change
// (revalidatePublicSite expires PUBLIC_DATA_TAG) or for 30 s at most, so
// writes from outside the app (scripts, a restore) show up like on the pages;
// after 30 s it is rebuilt only if the releases changed (keptOrBuilt).
// Time alone also changes what is public: a scheduled release appears when its
// time comes. Those rows are all newer than anything public when the index was
// built, so the index keeps them apart (`coming`) and puts the ones that are
// due in front when a page is located; it stays exact until the first coming
// row it did not keep (`exactUntil`).

export const PAGE_SIZE = 20;
const COMING_KEPT = 200;

export type ArchiveList = { categoryId?: string; year?: { year: number; zone: string }; month?: { year: number; month: number; zone: string } };

/** A position in newest-first order: publish time in ms, then id. */
export type ArchiveKey = { at: number; id: string };

type Coming = { builtAt: number; coming: ArchiveKey[]; exactUntil: number | null };

export type ListIndex = Coming & {
  /** Rows public at builtAt. */
  count: number;
  /** starts[i] is the key of row i × PAGE_SIZE among those rows. */
  starts: ArchiveKey[];
};

export type MonthsIndex = Coming & { counts: { key: string; count: number }[]; zone: string };

export const newestFirst: Prisma.ReleaseOrderByWithRelationInput[] = [{ publishAt: "desc" }, { id: "desc" }];
const oldestFirst: Prisma.ReleaseOrderByWithRelationInput[] = [{ publishAt: "asc" }, { id: "asc" }];

export function listFilters(list: ArchiveList): Prisma.ReleaseWhereInput[] {
  const filters: Prisma.ReleaseWhereInput[] = [];
  if (list.categoryId) filters.push({ categoryId: list.categoryId });
  if (list.year) {
    const { start, end } = yearRange(list.year.year, list.year.zone);
    filters.push({ publishAt: { gte: start, lt: end } });
  }
  if (list.month) {
    const { start, end } = monthRange(list.month.year, list.month.month, list.month.zone);
    filters.push({ publishAt: { gte: start, lt: end } });
  }
  return filters;
}

/**
 * Rows at or older than `key` in newest-first order. Written as a range on
 * publishAt plus a tie-break, so the index is read from `key` onwards; the
 * textbook `a < x OR (a = x AND b <= y)` would be planned as two lookups and a sort.
 */
export function atOrOlderThan(key: ArchiveKey): Prisma.ReleaseWhereInput[] {
  const at = new Date(key.at);
  return [{ publishAt: { lte: at } }, { OR: [{ publishAt: { lt: at } }, { id: { lte: key.id } }] }];
}

async function comingRows(filters: Prisma.ReleaseWhereInput[], at: Date): Promise<Coming> {
  const client = await db();
  const rows = await client.release.findMany({ where: { AND: [comingReleaseWhere(at), ...filters] }, orderBy: oldestFirst, take: COMING_KEPT + 1, select: { publishAt: true, id: true } });
  const keys = rows.map((r) => ({ at: r.publishAt?.getTime() ?? 0, id: r.id }));
  return { builtAt: at.getTime(), coming: keys.slice(0, COMING_KEPT), exactUntil: keys[COMING_KEPT]?.at ?? null };
}

/** Rows strictly older than `key` in newest-first order (see atOrOlderThan). */
function olderThan(key: ArchiveKey): Prisma.ReleaseWhereInput[] {
  const at = new Date(key.at);
  return [{ publishAt: { lte: at } }, { OR: [{ publishAt: { lt: at } }, { id: { lt: key.id } }] }];
}

// The keys are read in ordered chunks, each a range read from where the last
// ended, so building an index over 100,000 releases never holds more than one
// chunk of rows: one findMany over them all made the server's memory jump by
// hundreds of megabytes that it kept afterwards.
const CHUNK = 5000;

async function eachKey(where: Prisma.ReleaseWhereInput[], chunk: number, visit: (key: ArchiveKey, n: number) => void): Promise<number> {
  const client = await db();
  let n = 0;
  let last: ArchiveKey | null = null;
  for (;;) {
    const rows: Array<{ publishAt: Date | null; id: string }> = await client.release.findMany({
      where: { AND: [...where, ...(last ? olderThan(last) : [])] },
      orderBy: newestFirst,
      take: chunk,
      select: { publishAt: true, id: true },
    });
    for (const row of rows) {
      last = { at: row.publishAt?.getTime() ?? 0, id: row.id };
      visit(last, n++);
    }
    if (rows.length < chunk) return n;
  }
}

export async function buildListIndex(list: ArchiveList, at: Date, chunk = CHUNK): Promise<ListIndex> {
  const filters = listFilters(list);
  const starts: ArchiveKey[] = [];
  const [count, coming] = await Promise.all([
    eachKey([publicReleaseWhere(at), ...filters], chunk, (key, n) => {
      if (n % PAGE_SIZE === 0) starts.push(key);
    }),
    comingRows(filters, at),
  ]);
  return { ...coming, count, starts };
}

export async function buildMonthsIndex(zone: string, at: Date, chunk = CHUNK): Promise<MonthsIndex> {
  const counts = new Map<string, number>();
  // Newest first, so a month's rows arrive together: the zone's month is
  // worked out once per month, not once per row.
  let month: { key: string; start: number; end: number } | null = null;
  const [, coming] = await Promise.all([
    eachKey([publicReleaseWhere(at)], chunk, (key) => {
      if (!month || key.at < month.start || key.at >= month.end) {
        const name = monthKey(new Date(key.at), zone);
        const range = monthRange(Number(name.slice(0, 4)), Number(name.slice(5, 7)), zone);
        month = { key: name, start: range.start.getTime(), end: range.end.getTime() };
      }
      counts.set(month.key, (counts.get(month.key) ?? 0) + 1);
    }),
    comingRows([], at),
  ]);
  return { ...coming, zone, counts: [...counts.entries()].map(([key, count]) => ({ key, count })) };
}

/** Coming rows that are public at `now`, newest first. */
function due(index: Coming, now: number): ArchiveKey[] {
  return index.coming.filter((k) => k.at <= now).reverse();
}

export type PageWindow = {
  total: number;
  pageCount: number;
  /** Where page N begins: read from `from` (the top when null), drop `skip` rows, take a page. Null: no such page. */
  start: { from: ArchiveKey | null; skip: number } | null;
};

export function locatePage(index: ListIndex, page: number, now: number): PageWindow {
  const dueNow = due(index, now);
  const total = index.count + dueNow.length;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return { total, pageCount, start: null };
  const first = (page - 1) * PAGE_SIZE;
  if (first === 0) return { total, pageCount, start: { from: null, skip: 0 } };
  if (first < dueNow.length) return { total, pageCount, start: { from: dueNow[first]!, skip: 0 } };
  // Among the rows public at builtAt, the page begins `offset` rows down:
  // inside the page that starts at starts[i] (fewer than PAGE_SIZE rows in).
  const offset = first - dueNow.length;
  const i = Math.floor(offset / PAGE_SIZE);
  return { total, pageCount, start: { from: index.starts[i]!, skip: offset - i * PAGE_SIZE } };
}

export function monthCounts(index: MonthsIndex, now: number): Map<string, number> {
  const counts = new Map(index.counts.map((c) => [c.key, c.count]));
  for (const key of due(index, now)) {
    const month = monthKey(new Date(key.at), index.zone);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return counts;
}

// Readers arriving together at a page whose index has just expired (after
// every publish) share one build instead of each running their own.
const building = new Map<string, Promise<unknown>>();

function once<T>(key: string, build: () => Promise<T>): Promise<T> {
  const running = building.get(key) as Promise<T> | undefined;
  if (running) return running;
  const started = build().finally(() => building.delete(key));
  building.set(key, started);
  return started;
}

// The data cache lets an index go after 30 s even when no release changed
// (so that a write from outside the app shows, and another server's write).
// Rebuilding the whole archive's index and its months' counts at 100,000
// releases cost the server 1–1.7 s of its processor every 30 s, stalling the
// pages being served meanwhile. So an index built here is kept, and handed
// back when the data cache asks again, as long as
// - this server has made no public change since (revalidatePublicSite counts
//   them), which is exact for every change made through the app here;
// - the releases table's stamp (row count and latest updatedAt, one statement
//   over indexes: releasesStamp) is unchanged, for changes made by another server or a script;
// - it is less than 10 minutes old, for a write outside the app that left
//   updatedAt as it was (or one committed after a build that read the same
//   stamp in the same millisecond).
export const REUSE_MS = 10 * 60_000;
const KEPT_MAX = 500;
const kept = new Map<string, { stamp: string; changes: number; builtAt: number; index: Coming }>();

// Two scalar subqueries, each answered from an index: SQLite counts the rows
// of its smallest index and PostgreSQL reads one, and both take the latest
// updatedAt from the end of its index. Prisma's aggregate() wraps the table in
// a subquery that defeats both: at 100,000 releases SQLite then read every
// row, 160–380 ms with the server's one thread blocked, twice per archive page
// regenerated (the list's index and the months'), against 0.1 ms this way.
export const RELEASES_STAMP_SQL = `SELECT (SELECT COUNT(*) FROM "Release") AS "count", (SELECT MAX("updatedAt") FROM "Release") AS "latest"`;

export async function releasesStamp(): Promise<string> {
  const client = await db();
  const [row] = await client.$queryRawUnsafe<Array<{ count: bigint | number; latest: Date | string | null }>>(RELEASES_STAMP_SQL);
  // SQLite hands the subquery's date back as its stored text, PostgreSQL as a Date.
  const latest = row?.latest == null ? 0 : new Date(row.latest).getTime();
  return `${Number(row?.count ?? 0)}:${latest}`;
}

/** The index kept under `key` when the releases are as they were when it was built, else a new one from `build`. */
export async function keptOrBuilt<T extends Coming>(key: string, build: (at: Date) => Promise<T>, now: number = Date.now()): Promise<T> {
  const changes = publicChanges();
  const stamp = await releasesStamp();
  const old = kept.get(key);
  if (old && old.changes === changes && old.stamp === stamp && now - old.builtAt < REUSE_MS && usable(old.index, now)) return old.index as T;
  const index = await build(new Date(now));
  kept.delete(key);
  if (kept.size >= KEPT_MAX) kept.delete(kept.keys().next().value!);
  kept.set(key, { stamp, changes, builtAt: now, index });
  return index;
}

const listIndexCache = publicDataCache("archive-list-index", (list: ArchiveList) => {
  const key = `list:${JSON.stringify(list)}`;
  return once(key, () => keptOrBuilt(key, (at) => buildListIndex(list, at)));
});
const monthsIndexCache = publicDataCache("archive-months-index", (zone: string) => {
  const key = `months:${zone}`;
  return once(key, () => keptOrBuilt(key, (at) => buildMonthsIndex(zone, at)));
});

function usable(index: Coming | null, now: number): boolean {
  return index !== null && index.builtAt <= now && (index.exactUntil === null || now < index.exactUntil);
}

// `now` is read after the cache, so a freshly built index is never "from the
// future"; a caller's own instant (tests) gets an index built at that instant
// unless the cached one is valid for it.
export async function listIndexAt(list: ArchiveList, at?: Date): Promise<{ index: ListIndex; now: number }> {
  const canonical: ArchiveList = {
    ...(list.categoryId ? { categoryId: list.categoryId } : {}),
    ...(list.year ? { year: { year: list.year.year, zone: list.year.zone } } : {}),
    ...(list.month ? { month: { year: list.month.year, month: list.month.month, zone: list.month.zone } } : {}),
  };
  const cached = await listIndexCache.whenUncached(canonical);
  const now = at?.getTime() ?? Date.now();
  return { index: cached && usable(cached, now) ? cached : await buildListIndex(canonical, new Date(now)), now };
}

export async function monthsIndexAt(zone: string, at?: Date): Promise<{ index: MonthsIndex; now: number }> {
  const cached = await monthsIndexCache.whenUncached(zone);
  const now = at?.getTime() ?? Date.now();
  return { index: cached && usable(cached, now) ? cached : await buildMonthsIndex(zone, new Date(now)), now };
}
