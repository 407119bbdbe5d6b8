import "server-only";
import { unstable_cache } from "next/cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthKey, monthRange } from "@/lib/time/zones";
import { db } from "../db";
import { comingReleaseWhere, publicReleaseWhere } from "./visibility";

// Where every archive page starts, so that page N is a keyset range read from
// its first key instead of an OFFSET over everything newer.
//
// An index is built in one ordered pass over a list's keys (publishAt, id),
// served from the (publishAt, id, status) or (categoryId, publishAt, id,
// status) index, and kept in Next's data cache until the next content change
// (revalidatePublicSite expires ARCHIVE_INDEX_TAG) or for 30 s at most, so
// writes from outside the app (scripts, a restore) show up like on the pages.
// Time alone also changes what is public: a scheduled release appears when its
// time comes. Those rows are all newer than anything public when the index was
// built, so the index keeps them apart (`coming`) and puts the ones that are
// due in front when a page is located; it stays exact until the first coming
// row it did not keep (`exactUntil`).

export const PAGE_SIZE = 20;
export const ARCHIVE_INDEX_TAG = "public-archive-index";
const REFRESH_SECONDS = 30;
const COMING_KEPT = 200;

export type ArchiveList = { categoryId?: string; month?: { year: number; month: number; zone: string } };

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

export async function buildListIndex(list: ArchiveList, at: Date): Promise<ListIndex> {
  const client = await db();
  const filters = listFilters(list);
  const [keys, coming] = await Promise.all([
    client.release.findMany({ where: { AND: [publicReleaseWhere(at), ...filters] }, orderBy: newestFirst, select: { publishAt: true, id: true } }),
    comingRows(filters, at),
  ]);
  const starts: ArchiveKey[] = [];
  for (let i = 0; i < keys.length; i += PAGE_SIZE) starts.push({ at: keys[i]!.publishAt?.getTime() ?? 0, id: keys[i]!.id });
  return { ...coming, count: keys.length, starts };
}

export async function buildMonthsIndex(zone: string, at: Date): Promise<MonthsIndex> {
  const client = await db();
  const [rows, coming] = await Promise.all([client.release.findMany({ where: publicReleaseWhere(at), select: { publishAt: true } }), comingRows([], at)]);
  const counts = new Map<string, number>();
  for (const { publishAt } of rows) {
    if (!publishAt) continue;
    const key = monthKey(publishAt, zone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
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

const options = { tags: [ARCHIVE_INDEX_TAG], revalidate: REFRESH_SECONDS };
const cachedListIndex = unstable_cache((list: ArchiveList) => buildListIndex(list, new Date()), ["archive-list-index"], options);
const cachedMonthsIndex = unstable_cache((zone: string) => buildMonthsIndex(zone, new Date()), ["archive-months-index"], options);

async function fromCache<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    // Outside a Next.js server (Vitest, scripts) there is no data cache.
    if (error instanceof Error && /incrementalCache missing/.test(error.message)) return null;
    throw error;
  }
}

function usable(index: Coming | null, now: number): boolean {
  return index !== null && index.builtAt <= now && (index.exactUntil === null || now < index.exactUntil);
}

// `now` is read after the cache, so a freshly built index is never "from the
// future"; a caller's own instant (tests) gets an index built at that instant
// unless the cached one is valid for it.
export async function listIndexAt(list: ArchiveList, at?: Date): Promise<{ index: ListIndex; now: number }> {
  const canonical: ArchiveList = {
    ...(list.categoryId ? { categoryId: list.categoryId } : {}),
    ...(list.month ? { month: { year: list.month.year, month: list.month.month, zone: list.month.zone } } : {}),
  };
  const cached = await fromCache(() => cachedListIndex(canonical));
  const now = at?.getTime() ?? Date.now();
  return { index: cached && usable(cached, now) ? cached : await buildListIndex(canonical, new Date(now)), now };
}

export async function monthsIndexAt(zone: string, at?: Date): Promise<{ index: MonthsIndex; now: number }> {
  const cached = await fromCache(() => cachedMonthsIndex(zone));
  const now = at?.getTime() ?? Date.now();
  return { index: cached && usable(cached, now) ? cached : await buildMonthsIndex(zone, new Date(now)), now };
}
