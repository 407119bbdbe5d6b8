import "server-only";
import sanitizeHtml from "sanitize-html";
import type { Prisma } from "@/lib/generated/prisma/client";
import { monthKey, monthRange } from "@/lib/time/zones";
import { db } from "../db";
import { publicReleaseWhere } from "./visibility";

// Public reads. No actor: everything returned here is what any reader may see,
// and every list goes through the one visibility rule.

export const PAGE_SIZE = 20;

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

export type ArchiveFilter = { categoryId?: string; month?: { year: number; month: number; zone: string } };

function filterWhere(filter: ArchiveFilter, now: Date): Prisma.ReleaseWhereInput {
  const and: Prisma.ReleaseWhereInput[] = [publicReleaseWhere(now)];
  if (filter.categoryId) and.push({ categoryId: filter.categoryId });
  if (filter.month) {
    const { start, end } = monthRange(filter.month.year, filter.month.month, filter.month.zone);
    and.push({ publishAt: { gte: start, lt: end } });
  }
  return { AND: and };
}

const newestFirst: Prisma.ReleaseOrderByWithRelationInput[] = [{ publishAt: "desc" }, { id: "desc" }];

function toItem(row: Prisma.ReleaseGetPayload<{ select: typeof listSelect }>): ReleaseListItem {
  return { ...row, publishAt: row.publishAt ?? new Date(0) };
}

/** Rows at or after the key (publishAt, id) in newest-first order. */
function atOrOlderThan(key: { publishAt: Date; id: string }): Prisma.ReleaseWhereInput {
  return { OR: [{ publishAt: { lt: key.publishAt } }, { publishAt: key.publishAt, id: { lte: key.id } }] };
}

export type ArchivePage = { items: ReleaseListItem[]; page: number; pageCount: number; total: number };

// Keyset pagination. The boundary of page N is found by a query that reads only
// (publishAt, id) — the columns of the ordering — and the page itself is then a
// range read from that key, so the rows with their joins are fetched for one
// page only. Pages are prerendered and cached, so the boundary query runs once
// per page per refresh, not per reader.
export async function listPublicReleases(page: number, filter: ArchiveFilter = {}, now: Date = new Date()): Promise<ArchivePage> {
  const client = await db();
  const where = filterWhere(filter, now);
  const total = await client.release.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return { items: [], page, pageCount, total };
  let rangeWhere = where;
  if (page > 1) {
    const boundary = await client.release.findFirst({ where, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, select: { publishAt: true, id: true } });
    if (!boundary?.publishAt) return { items: [], page, pageCount, total };
    rangeWhere = { AND: [where, atOrOlderThan({ publishAt: boundary.publishAt, id: boundary.id })] };
  }
  const rows = await client.release.findMany({ where: rangeWhere, orderBy: newestFirst, take: PAGE_SIZE, select: listSelect });
  return { items: rows.map(toItem), page, pageCount, total };
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
  const key = { publishAt: release.publishAt, id: release.id };
  const select = { slug: true, title: true } as const;
  const [older, newer] = await Promise.all([
    client.release.findFirst({
      where: { AND: [publicReleaseWhere(now), { OR: [{ publishAt: { lt: key.publishAt } }, { publishAt: key.publishAt, id: { lt: key.id } }] }] },
      orderBy: newestFirst,
      select,
    }),
    client.release.findFirst({
      where: { AND: [publicReleaseWhere(now), { OR: [{ publishAt: { gt: key.publishAt } }, { publishAt: key.publishAt, id: { gt: key.id } }] }] },
      orderBy: [{ publishAt: "asc" }, { id: "asc" }],
      select,
    }),
  ]);
  return { older, newer };
}

export type MonthCount = { year: number; month: number; count: number };

// Counted in JS over a select of publishAt alone, so the month boundaries are
// the site's time zone and the code is the same on SQLite and PostgreSQL.
export async function listPublicMonths(zone: string, now: Date = new Date()): Promise<MonthCount[]> {
  const client = await db();
  const rows = await client.release.findMany({ where: publicReleaseWhere(now), select: { publishAt: true } });
  const counts = new Map<string, number>();
  for (const { publishAt } of rows) {
    if (!publishAt) continue;
    const key = monthKey(publishAt, zone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([key, count]) => ({ year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)), count }))
    .sort((a, b) => b.year - a.year || b.month - a.month);
}

export async function listPublicCategories() {
  const client = await db();
  return client.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true, description: true } });
}

export async function getCategoryBySlug(slug: string) {
  const client = await db();
  return client.category.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
}
