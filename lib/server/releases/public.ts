import "server-only";
import sanitizeHtml from "sanitize-html";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { publicDataCache } from "../public-data-cache";
import { atOrOlderThan, listFilters, listIndexAt, locatePage, monthCounts, monthsIndexAt, newestFirst, PAGE_SIZE, type ArchiveList, type ListIndex } from "./archive-index";
import type { MonthCount } from "./months-nav";
import { publicReleaseWhere } from "./visibility";

// Public reads. No actor: everything returned here is what any reader may see,
// and every list goes through the one visibility rule.

export { PAGE_SIZE };

const listSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishAt: true,
  question: true,
  category: { select: { name: true, slug: true } },
} satisfies Prisma.ReleaseSelect;

export type ReleaseListItem = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  publishAt: Date;
  question: string | null;
  category: { name: string; slug: string };
};

export type ArchiveFilter = ArchiveList;

function toItem(row: Prisma.ReleaseGetPayload<{ select: typeof listSelect }>): ReleaseListItem {
  return { ...row, publishAt: row.publishAt ?? new Date(0) };
}

export type ArchivePage = { items: ReleaseListItem[]; page: number; pageCount: number; total: number };

// Keyset pagination: the archive index (./archive-index.ts, cached until the
// next content change) says where page N begins, and the page is one range
// read of PAGE_SIZE rows from that key, whatever N is. No OFFSET, no count.
export async function listPublicReleases(page: number, filter: ArchiveFilter = {}, at?: Date): Promise<ArchivePage> {
  const { index, now } = await listIndexAt(filter, at);
  return readArchivePage(index, page, filter, now);
}

/** Page `page` of the list `filter` at the instant `now`, located with `index`. */
export async function readArchivePage(index: ListIndex, page: number, filter: ArchiveFilter, now: number): Promise<ArchivePage> {
  const { total, pageCount, start } = locatePage(index, page, now);
  if (!start) return { items: [], page, pageCount, total };
  const client = await db();
  const rows = await client.release.findMany({
    where: { AND: [publicReleaseWhere(new Date(now)), ...listFilters(filter), ...(start.from ? atOrOlderThan(start.from) : [])] },
    orderBy: newestFirst,
    take: PAGE_SIZE + start.skip,
    select: listSelect,
  });
  return { items: rows.slice(start.skip).map(toItem), page, pageCount, total };
}

export async function listLatestReleases(take: number, excludeId?: string, now: Date = new Date()): Promise<ReleaseListItem[]> {
  const client = await db();
  const where: Prisma.ReleaseWhereInput = excludeId ? { AND: [publicReleaseWhere(now), { id: { not: excludeId } }] } : publicReleaseWhere(now);
  const rows = await client.release.findMany({ where, orderBy: newestFirst, take, select: listSelect });
  return rows.map(toItem);
}

const fullSelect = {
  ...listSelect,
  body: true,
  status: true,
  featured: true,
  withdrawnAt: true,
  withdrawalReason: true,
  updatedAt: true,
  author: { select: { name: true, title: true } },
  corrections: { select: { id: true, note: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.ReleaseSelect;

export type PublicRelease = ReleaseListItem & {
  body: string;
  featured: boolean;
  author: { name: string; title: string };
  corrections: { id: string; note: string; createdAt: Date }[];
  updatedAt: Date;
};

function sanitise(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "em", "b", "i", "u", "s", "a", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "hr", "code", "pre"],
    allowedAttributes: { a: ["href", "title"] },
    allowedSchemes: ["http", "https", "mailto", "tel"],
  });
}

function toPublic(row: Prisma.ReleaseGetPayload<{ select: typeof fullSelect }>): PublicRelease {
  return {
    ...toItem(row),
    body: sanitise(row.body),
    featured: row.featured,
    author: row.author,
    corrections: row.corrections,
    updatedAt: row.updatedAt,
  };
}

/** The editors' choice (newest featured), else the newest public release. */
export async function getFeaturedRelease(now: Date = new Date()): Promise<PublicRelease | null> {
  const client = await db();
  const row =
    (await client.release.findFirst({ where: { AND: [publicReleaseWhere(now), { featured: true }] }, orderBy: newestFirst, select: fullSelect })) ??
    (await client.release.findFirst({ where: publicReleaseWhere(now), orderBy: newestFirst, select: fullSelect }));
  return row ? toPublic(row) : null;
}

export type ReleaseLookup =
  | { kind: "public"; release: PublicRelease }
  | { kind: "withdrawn"; title: string; slug: string; publishAt: Date | null; withdrawnAt: Date | null; reason: string }
  | { kind: "moved"; slug: string }
  | { kind: "missing" };

// A withdrawn release keeps its address but shows only that, when and why it
// was withdrawn — never its text.
export async function findPublicRelease(slug: string, now: Date = new Date()): Promise<ReleaseLookup> {
  const client = await db();
  const row = await client.release.findUnique({ where: { slug }, select: fullSelect });
  if (row) {
    if (row.status === "WITHDRAWN") {
      if (!row.publishAt || !row.withdrawnAt) return { kind: "missing" };
      return { kind: "withdrawn", title: row.title, slug: row.slug, publishAt: row.publishAt, withdrawnAt: row.withdrawnAt, reason: row.withdrawalReason ?? "" };
    }
    const visible = await client.release.count({ where: { AND: [publicReleaseWhere(now), { id: row.id }] } });
    return visible ? { kind: "public", release: toPublic(row) } : { kind: "missing" };
  }
  const redirect = await client.slugRedirect.findUnique({ where: { fromSlug: slug }, select: { release: { select: { slug: true } } } });
  return redirect ? { kind: "moved", slug: redirect.release.slug } : { kind: "missing" };
}

/** Slugs of withdrawn releases: their pages answer 410 (see proxy.ts). */
export async function listWithdrawnSlugs(): Promise<string[]> {
  const client = await db();
  const rows = await client.release.findMany({ where: { status: "WITHDRAWN", withdrawnAt: { not: null } }, select: { slug: true } });
  return rows.map((r) => r.slug);
}

/** The public neighbours of a release: `older` and `newer` in archive order. */
export async function getAdjacentReleases(release: { id: string; publishAt: Date }, now: Date = new Date()) {
  const client = await db();
  const at = release.publishAt;
  const select = { slug: true, title: true } as const;
  // Each is one step along the (publishAt, id) index from the release: a range
  // on publishAt with the id as tie-break (see atOrOlderThan).
  const [older, newer] = await Promise.all([
    client.release.findFirst({
      where: { AND: [publicReleaseWhere(now), { publishAt: { lte: at } }, { OR: [{ publishAt: { lt: at } }, { id: { lt: release.id } }] }] },
      orderBy: newestFirst,
      select,
    }),
    client.release.findFirst({
      where: { AND: [publicReleaseWhere(now), { publishAt: { gte: at } }, { OR: [{ publishAt: { gt: at } }, { id: { gt: release.id } }] }] },
      orderBy: [{ publishAt: "asc" }, { id: "asc" }],
      select,
    }),
  ]);
  return { older, newer };
}

export type { MonthCount };

// Counted in the site's zone when the months index is built (cached like the
// archive index), so the code is the same on SQLite and PostgreSQL.
export async function listPublicMonths(zone: string, at?: Date): Promise<MonthCount[]> {
  const { index, now } = await monthsIndexAt(zone, at);
  return [...monthCounts(index, now).entries()]
    .map(([key, count]) => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), count }))
    .sort((a, b) => b.year - a.year || b.month - a.month);
}

async function readCategories() {
  const client = await db();
  return client.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true, description: true } });
}

// Through the data cache, which every category change expires (see ../public-data-cache.ts).
export const listPublicCategories = publicDataCache("public-categories", readCategories).cached;

export async function getCategoryBySlug(slug: string) {
  const client = await db();
  return client.category.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
}

export type ArchiveData = { result: ArchivePage; categories: Awaited<ReturnType<typeof listPublicCategories>>; months: MonthCount[] };

/** Everything an archive, category or month page shows. */
export async function getArchiveData(page: number, filter: ArchiveFilter, zone: string, at?: Date): Promise<ArchiveData> {
  const [result, categories, months] = await Promise.all([listPublicReleases(page, filter, at), listPublicCategories(), listPublicMonths(zone, at)]);
  return { result, categories, months };
}

/** Everything the home page shows: the featured release and the latest after it. */
export async function getHomeData(latest: number, now: Date = new Date()) {
  const featured = await getFeaturedRelease(now);
  return { featured, latest: await listLatestReleases(latest, featured?.id, now) };
}
