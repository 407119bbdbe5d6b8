import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { type EngineFilter, type EngineResult, MATCH_CAP, type RawRow, toRow } from "./engine-common";
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

const headline = (tsquery: string) => Prisma.sql`ts_headline('simple',
  p."title" || ' . ' || regexp_replace(p."summary" || ' ' || coalesce(p."question", '') || ' ' || p."body", '<[^>]*>', ' ', 'g'),
  to_tsquery('simple', ${tsquery}),
  'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')`;

function filters(filter: EngineFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.categorySlug) parts.push(Prisma.sql`r."categoryId" = (SELECT "id" FROM "Category" WHERE "slug" = ${filter.categorySlug})`);
  if (filter.year) {
    parts.push(Prisma.sql`r."publishAt" >= ${new Date(Date.UTC(filter.year, 0, 1))} AND r."publishAt" < ${new Date(Date.UTC(filter.year + 1, 0, 1))}`);
  }
  return parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

// The releases the filter allows, most recent first, at most `rows` of them,
// with `extra` conditions. One branch per live status, so each is a walk down
// the (status, publishAt) or (categoryId, status, publishAt) index; the
// newsroom sees every status and walks "updatedAt": its most recent is the
// latest edited.
function newest(filter: EngineFilter, extra: Prisma.Sql, rows: number): Prisma.Sql {
  const at = filter.publicAt;
  if (!at) {
    return Prisma.sql`SELECT r."id", r."updatedAt" AS "at", r."searchDocument" FROM "Release" r
      WHERE TRUE ${filters(filter)} ${extra} ORDER BY r."updatedAt" DESC LIMIT ${rows}`;
  }
  const branches = LIVE.map(
    (status) => Prisma.sql`(SELECT r."id", r."publishAt" AS "at", r."searchDocument" FROM "Release" r
      WHERE r."status" = ${status}::"ReleaseStatus" AND r."publishAt" <= ${at} ${filters(filter)} ${extra}
      ORDER BY r."publishAt" DESC LIMIT ${rows})`,
  );
  return Prisma.sql`SELECT "id", "at", "searchDocument" FROM (${Prisma.join(branches, " UNION ALL ")}) u ORDER BY "at" DESC LIMIT ${rows}`;
}

// Either every match (at most MATCH_CAP + 1; more than MATCH_CAP means capped),
// or, when the walk alone showed the cap is passed, just the page's ids.
type Matches = { kind: "all"; matches: string[] } | { kind: "capped"; pageIds: string[] };

// One statement, so a search costs one round trip before its page: the probe
// counts matches among the newest rows; when they are common the walk goes on
// in time order (no sort inside: it must stop early) and counts past the cap,
// handing back only the page's ids; otherwise, or when the walk ended under
// the cap, the index gives every match. Each step after the probe is gated by
// a condition on the one before, which PostgreSQL tests once and skips the
// step's scan when false (a one-time filter; the CASE runs its subquery only
// on its branch).
async function recentMatches(tsquery: string, filter: EngineFilter): Promise<Matches> {
  const client = await db();
  const q = Prisma.sql`to_tsquery('simple', ${tsquery})`;
  const from = filter.offset + 1;
  const to = Math.min(filter.offset + filter.limit, MATCH_CAP);
  const [found] = await client.$queryRaw<[{ walked: number; pageIds: string[] | null; matchIds: string[] | null }]>`
    WITH probe AS (
      SELECT count(*)::int AS "hits" FROM (${newest(filter, Prisma.empty, PROBE_ROWS)}) w WHERE w."searchDocument" @@ ${q}
    ), walk AS (
      SELECT count(*)::int AS "walked", (array_agg(m."id" ORDER BY m."at" DESC, m."id"))[${from}::int:${to}::int] AS "pageIds"
      FROM (SELECT w."id", w."at" FROM (${newest(filter, Prisma.empty, WALK_ROWS)}) w WHERE w."searchDocument" @@ ${q} LIMIT ${MATCH_CAP + 1}) m
      WHERE (SELECT "hits" FROM probe) * 2 >= ${PROBE_ROWS}
    )
    SELECT walk."walked", walk."pageIds",
      CASE WHEN walk."walked" > ${MATCH_CAP} THEN NULL ELSE (
        SELECT array_agg(a."id" ORDER BY a."at" DESC, a."id") FROM (
          SELECT w."id", w."at" FROM (${newest(filter, Prisma.sql` AND r."searchDocument" @@ ${q}`, MATCH_CAP + 1)}) w ORDER BY w."at" DESC, w."id" LIMIT ${MATCH_CAP + 1}
        ) a
      ) END AS "matchIds"
    FROM walk`;
  if ((found?.walked ?? 0) > MATCH_CAP) return { kind: "capped", pageIds: from <= to ? (found?.pageIds ?? []) : [] };
  return { kind: "all", matches: found?.matchIds ?? [] };
}

export async function searchPostgres(terms: SearchTerms, filter: EngineFilter): Promise<EngineResult> {
  const client = await db();
  const tsquery = toTsQuery(terms);
  const found = await recentMatches(tsquery, filter);
  const capped = found.kind === "capped" || found.matches.length > MATCH_CAP;
  const total = found.kind === "capped" ? MATCH_CAP : Math.min(found.matches.length, MATCH_CAP);
  const order = capped ? "recent" : "relevance";
  if (filter.offset >= total) return { rows: [], total, capped, order };
  const ids =
    found.kind === "capped" ? found.pageIds : capped ? found.matches.slice(filter.offset, filter.offset + filter.limit) : found.matches;
  if (ids.length === 0) return { rows: [], total, capped, order };
  const at = filter.publicAt ? Prisma.sql`r."publishAt"` : Prisma.sql`r."updatedAt"`;
  const sort = capped
    ? Prisma.sql`${at} DESC, r."id"`
    : Prisma.sql`ts_rank_cd(r."searchDocument", to_tsquery('simple', ${tsquery})) DESC, r."publishAt" DESC NULLS LAST, r."id"`;
  const page = capped ? Prisma.empty : Prisma.sql`LIMIT ${filter.limit} OFFSET ${filter.offset}`;
  const snippet = filter.snippets === false ? Prisma.sql`NULL` : headline(tsquery);
  const rows = await client.$queryRaw<RawRow[]>`
    SELECT p."id", p."slug", p."title", p."status", p."publishAt", p."categoryName", p."categorySlug", ${snippet} AS "snippet"
    FROM (
      SELECT r."id", r."slug", r."title", r."status"::text AS "status", r."publishAt", r."summary", r."question", r."body",
             c."name" AS "categoryName", c."slug" AS "categorySlug", row_number() OVER (ORDER BY ${sort}) AS "position"
      FROM "Release" r JOIN "Category" c ON c."id" = r."categoryId"
      WHERE r."id" IN (${Prisma.join(ids)})
      ORDER BY ${sort} ${page}
    ) p
    ORDER BY p."position"`;
  return { rows: rows.map(toRow), total, capped, order };
}
