import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Types and SQL pieces shared by both engines (see engine.ts).
// See engine.ts: no search looks at more than MATCH_CAP + 1 matches.
export const MATCH_CAP = 1000;

export type EngineFilter = {
  // null: every status (the newsroom). A Date: the public visibility rule at
  // that instant, the same rule as lib/server/releases/visibility.ts.
  publicAt: Date | null;
  categorySlug?: string;
  // Published in [start, end): a year of the site's calendar (see
  // search-releases.ts), so a year here is the year the archive shows.
  published?: { start: Date; end: Date };
  limit: number;
  offset: number;
  // The newsroom's id list needs no snippets.
  snippets?: boolean;
};

export type EngineRow = {
  id: string;
  slug: string;
  title: string;
  status: string;
  publishAt: Date | null;
  categoryName: string;
  categorySlug: string;
  snippet: string;
};

// `total` is exact when `capped` is false; when it is true, more than
// `total` (= MATCH_CAP) releases match and only the first MATCH_CAP can be
// paged through. `order` says how the page was sorted: by relevance when the
// whole match set was ranked, most recent first when it was too large to rank.
export type EngineResult = { rows: EngineRow[]; total: number; capped: boolean; order: "relevance" | "recent" };

export type RawRow = Omit<EngineRow, "publishAt" | "snippet"> & { publishAt: Date | string | null; snippet: string | null };

export function toRow(row: RawRow): EngineRow {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    status: String(row.status),
    publishAt: row.publishAt === null ? null : new Date(row.publishAt),
    categoryName: row.categoryName,
    categorySlug: row.categorySlug,
    snippet: row.snippet ?? "",
  };
}

// The year filter on "Release" r, for both engines.
export function publishedWithin(range: { start: Date; end: Date }): Prisma.Sql {
  return Prisma.sql`r."publishAt" >= ${range.start} AND r."publishAt" < ${range.end}`;
}

// The category and year filters (and, with `visibility`, the public rule) on
// "Release" r joined to "Category" c.
export function filterConditions(filter: EngineFilter, visibility: boolean): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (visibility && filter.publicAt) {
    parts.push(Prisma.sql`r."status" IN ('PUBLISHED', 'SCHEDULED') AND r."publishAt" IS NOT NULL AND r."publishAt" <= ${filter.publicAt}`);
  }
  if (filter.categorySlug) parts.push(Prisma.sql`c."slug" = ${filter.categorySlug}`);
  if (filter.published) parts.push(publishedWithin(filter.published));
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}
