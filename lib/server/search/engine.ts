import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { databaseProvider, db } from "../db";
import { type SearchTerms, toFts5Query, toTsQuery } from "./terms";

// The one place that knows how each database does full-text search. SQLite:
// the FTS5 table "release_search" kept by triggers; PostgreSQL: the generated
// "searchDocument" column with its GIN index (see the migrations named
// *_release_search).
export type EngineFilter = {
  // null: every status (the newsroom). A Date: the public visibility rule at
  // that instant, the same rule as lib/server/releases/visibility.ts.
  publicAt: Date | null;
  categorySlug?: string;
  year?: number;
  limit: number;
  offset: number;
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
  total: number;
};

type RawRow = Omit<EngineRow, "publishAt" | "total"> & { publishAt: Date | string | null; total: number | bigint };

function conditions(filter: EngineFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.publicAt) {
    parts.push(Prisma.sql`r."status" IN ('PUBLISHED', 'SCHEDULED') AND r."publishAt" IS NOT NULL AND r."publishAt" <= ${filter.publicAt}`);
  }
  if (filter.categorySlug) parts.push(Prisma.sql`c."slug" = ${filter.categorySlug}`);
  if (filter.year) {
    const from = new Date(Date.UTC(filter.year, 0, 1));
    const to = new Date(Date.UTC(filter.year + 1, 0, 1));
    parts.push(Prisma.sql`r."publishAt" >= ${from} AND r."publishAt" < ${to}`);
  }
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

export async function runSearch(terms: SearchTerms, filter: EngineFilter): Promise<EngineRow[]> {
  const client = await db();
  const where = conditions(filter);
  let rows: RawRow[];
  if (databaseProvider() === "postgresql") {
    const tsquery = toTsQuery(terms);
    rows = await client.$queryRaw<RawRow[]>`
      SELECT r."id", r."slug", r."title", r."status"::text AS "status", r."publishAt",
             c."name" AS "categoryName", c."slug" AS "categorySlug",
             ts_headline('simple', r."title" || ' . ' || regexp_replace(r."summary" || ' ' || coalesce(r."question", '') || ' ' || r."body", '<[^>]*>', ' ', 'g'), q,
               'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "') AS "snippet",
             COUNT(*) OVER () AS "total"
      FROM "Release" r JOIN "Category" c ON c."id" = r."categoryId", to_tsquery('simple', ${tsquery}) q
      WHERE r."searchDocument" @@ q ${where}
      ORDER BY ts_rank_cd(r."searchDocument", q) DESC, r."publishAt" DESC NULLS LAST, r."id"
      LIMIT ${filter.limit} OFFSET ${filter.offset}`;
  } else {
    const match = toFts5Query(terms);
    // FTS5 refuses its auxiliary functions beside a window function, so the
    // ranked matches are computed first and counted outside.
    rows = await client.$queryRaw<RawRow[]>`
      WITH hits AS (
        SELECT r."id", r."slug", r."title", r."status", r."publishAt",
               c."name" AS "categoryName", c."slug" AS "categorySlug",
               snippet("release_search", -1, char(2), char(3), '…', 24) AS "snippet",
               bm25("release_search", 0, 10, 4, 1) AS "rank"
        FROM "release_search" s JOIN "Release" r ON r."id" = s."releaseId" JOIN "Category" c ON c."id" = r."categoryId"
        WHERE "release_search" MATCH ${match} ${where}
      )
      SELECT "id", "slug", "title", "status", "publishAt", "categoryName", "categorySlug", "snippet", COUNT(*) OVER () AS "total"
      FROM hits ORDER BY "rank", "publishAt" DESC, "id"
      LIMIT ${filter.limit} OFFSET ${filter.offset}`;
  }
  return rows.map((row) => ({
    ...row,
    publishAt: row.publishAt === null ? null : new Date(row.publishAt),
    total: Number(row.total),
  }));
}
