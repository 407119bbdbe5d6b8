import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { type EngineFilter, type EngineResult, MATCH_CAP, publishedWithin, type RawRow, toRow } from "./engine-common";
import { type SearchTerms, toTsQuery } from "./terms";

// PostgreSQL collects at most MATCH_CAP + 1 matches, most recent first; their
// number is the capped count. The GIN index finds a rare word's few rows at
// once, but for a common word it would list every release before sorting
// them, so a common word is found by walking a b-tree in time order and
// testing each row, which stops after MATCH_CAP + 1 matches. The planner
// cannot tell the two apart for prefix queries (it guesses a fixed share), so
// a probe of the newest rows decides. The page is then sorted by ts_rank_cd
// over the whole (small) match set or, over the cap, by recency, and
// ts_headline runs on the page's rows only.

const LIVE = ["PUBLISHED", "SCHEDULED"] as const;
const PROBE_ROWS = 200;
// Past this many rows walked, a word that looked common is looked up in the GIN index after all.
const WALK_ROWS = 10 * MATCH_CAP;

const headline = (query: Prisma.Sql) => Prisma.sql`ts_headline('simple',
  p."title" || ' . ' || regexp_replace(p."summary" || ' ' || coalesce(p."question", '') || ' ' || p."body", '<[^>]*>', ' ', 'g'),
  ${query},
  'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')`;

function filters(filter: EngineFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.categorySlug) parts.push(Prisma.sql`r."categoryId" = (SELECT "id" FROM "Category" WHERE "slug" = ${filter.categorySlug})`);
  if (filter.published) parts.push(publishedWithin(filter.published));
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

// The releases the filter allows, most recent first, at most `rows` of them,
// with `extra` conditions: one walk down the archive's (publishAt, id, status)
// or (categoryId, publishAt, id, status) index, the status tested from the
// index itself, which plans and runs faster than a walk per live status merged
// in time order. The newsroom sees every status and walks "updatedAt": its
// most recent is the latest edited.
function newest(filter: EngineFilter, extra: Prisma.Sql, rows: number): Prisma.Sql {
  const at = filter.publicAt;
  if (!at) {
    return Prisma.sql`SELECT r."id", r."updatedAt" AS "at", r."searchDocument" FROM "Release" r
      WHERE TRUE ${filters(filter)} ${extra} ORDER BY r."updatedAt" DESC LIMIT ${rows}`;
  }
  const live = Prisma.join(LIVE.map((status) => Prisma.sql`${status}::"ReleaseStatus"`));
  return Prisma.sql`SELECT r."id", r."publishAt" AS "at", r."searchDocument" FROM "Release" r
    WHERE r."status" IN (${live}) AND r."publishAt" <= ${at} ${filters(filter)} ${extra}
    ORDER BY r."publishAt" DESC LIMIT ${rows}`;
}

// One statement, so a search is one round trip. The probe counts matches
// among the newest rows; when they are common the walk goes on in time order
// (no sort inside: it must stop early) and counts past the cap, keeping only
// the page's ids; otherwise, or when the walk ended under the cap, the index
// gives every match. Each step after the probe is gated by a condition on the
// one before, which PostgreSQL tests once and skips the step's scan when false
// (a one-time filter; the CASE runs its subquery only on its branch). Then the
// page: over the cap the most recent, in time order; under it the whole match
// set ranked by ts_rank_cd; ts_headline only for the page's rows, which come
// back as one JSON array beside the count.
type Found = { capped: boolean; matched: number | null; rows: RawRow[] | null };

export async function searchPostgres(terms: SearchTerms, filter: EngineFilter): Promise<EngineResult> {
  const client = await db();
  const tsquery = toTsQuery(terms);
  const q = Prisma.sql`to_tsquery('simple', ${tsquery})`;
  const from = filter.offset + 1;
  const to = Math.min(filter.offset + filter.limit, MATCH_CAP);
  const at = filter.publicAt ? Prisma.sql`r."publishAt"` : Prisma.sql`r."updatedAt"`;
  const snippet = filter.snippets === false ? Prisma.sql`NULL` : headline(q);
  const [found] = await client.$queryRaw<[Found]>`
    WITH probe AS (
      SELECT count(*)::int AS "hits" FROM (${newest(filter, Prisma.empty, PROBE_ROWS)}) w WHERE w."searchDocument" @@ ${q}
    ), walk AS (
      SELECT count(*)::int AS "walked", (array_agg(m."id" ORDER BY m."at" DESC, m."id"))[${from}::int:${to}::int] AS "pageIds"
      FROM (SELECT w."id", w."at" FROM (${newest(filter, Prisma.empty, WALK_ROWS)}) w WHERE w."searchDocument" @@ ${q} LIMIT ${MATCH_CAP + 1}) m
      WHERE (SELECT "hits" FROM probe) * 2 >= ${PROBE_ROWS}
    ), matches AS (
      SELECT walk."walked", walk."pageIds",
        CASE WHEN walk."walked" > ${MATCH_CAP} THEN NULL ELSE (
          SELECT array_agg(a."id" ORDER BY a."at" DESC, a."id") FROM (
            SELECT w."id", w."at" FROM (${newest(filter, Prisma.sql` AND r."searchDocument" @@ ${q}`, MATCH_CAP + 1)}) w ORDER BY w."at" DESC, w."id" LIMIT ${MATCH_CAP + 1}
          ) a
        ) END AS "matchIds"
      FROM walk
    ), found AS (
      SELECT ("walked" > ${MATCH_CAP} OR coalesce(cardinality("matchIds"), 0) > ${MATCH_CAP}) AS "capped", "matchIds",
        CASE WHEN "walked" > ${MATCH_CAP} THEN "pageIds"
             WHEN coalesce(cardinality("matchIds"), 0) > ${MATCH_CAP} THEN "matchIds"[${from}::int:${to}::int]
             ELSE "matchIds" END AS "ids"
      FROM matches
    ), page AS (
      SELECT r."id", r."slug", r."title", r."status"::text AS "status", r."publishAt", r."summary", r."question", r."body",
             c."name" AS "categoryName", c."slug" AS "categorySlug",
             CASE WHEN f."capped" THEN 0 ELSE ts_rank_cd(r."searchDocument", ${q}) END AS "rank",
             CASE WHEN f."capped" THEN ${at} ELSE r."publishAt" END AS "sortAt"
      FROM found f JOIN "Release" r ON r."id" = ANY(f."ids") JOIN "Category" c ON c."id" = r."categoryId"
      ORDER BY "rank" DESC, "sortAt" DESC NULLS LAST, r."id"
      LIMIT ${filter.limit} OFFSET (SELECT CASE WHEN "capped" THEN 0 ELSE ${filter.offset}::int END FROM found)
    )
    SELECT f."capped", cardinality(f."matchIds") AS "matched",
      (SELECT json_agg(json_build_object(
          'id', p."id", 'slug', p."slug", 'title', p."title", 'status', p."status",
          'publishAt', p."publishAt" AT TIME ZONE 'UTC', 'categoryName', p."categoryName", 'categorySlug', p."categorySlug",
          'snippet', ${snippet}
        ) ORDER BY p."rank" DESC, p."sortAt" DESC NULLS LAST, p."id") FROM page p) AS "rows"
    FROM found f`;
  const capped = found?.capped ?? false;
  const total = capped ? MATCH_CAP : (found?.matched ?? 0);
  return { rows: (found?.rows ?? []).map(toRow), total, capped, order: capped ? "recent" : "relevance" };
}
