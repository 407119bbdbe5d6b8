import "server-only";
import crypto from "node:crypto";
import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
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
//
// The statement is sent as a named prepared statement, so each connection
// parses and plans it once: planning it cost more than running it (about
// 2.4 ms of the database's processor against 1.7 ms for a common word at
// 100,000 releases). Prisma sends every statement unnamed, so searches have
// their own small pool (searchPool below), whose connections use one plan for
// every value of a statement's parameters (a generic plan) instead of leaving
// PostgreSQL to choose after five runs, as it otherwise would, by estimates.
// So what shapes the plan is written into the text (the limits, the statuses,
// which filters apply) and the parameters are values the plan does not
// depend on: the time, the words, the page, a year's bounds. A category is
// the exception: a generic plan cannot tell how many of a category's releases
// are visible now and sorts the whole category instead of walking its index
// (100 ms instead of 3 at 100,000 releases), so a search in a category is
// sent through Prisma as before, planned for its values each time. The tests
// in search-releases.test.ts check the generic plans.

const LIVE = ["PUBLISHED", "SCHEDULED"] as const;
const PROBE_ROWS = 200;
// Past this many rows walked, a word that looked common is looked up in the GIN index after all.
const WALK_ROWS = 10 * MATCH_CAP;
// A number written into the statement's text (see above).
const n = (value: number) => Prisma.raw(String(Math.trunc(value)));

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

const live = Prisma.raw(LIVE.map((status) => `'${status}'::"ReleaseStatus"`).join(", "));

// The releases the filter allows, most recent first, at most `rows` of them:
// one walk down the archive's (publishAt, id, status) or (categoryId,
// publishAt, id, status) index, the status tested from the index itself,
// which plans and runs faster than a walk per live status merged in time
// order. The newsroom sees every status and walks "updatedAt": its most
// recent is the latest edited.
function newest(filter: EngineFilter, rows: number): Prisma.Sql {
  const at = filter.publicAt;
  if (!at) {
    return Prisma.sql`SELECT r."id", r."updatedAt" AS "at", r."searchDocument" FROM "Release" r
      WHERE TRUE ${filters(filter)} ORDER BY r."updatedAt" DESC LIMIT ${n(rows)}`;
  }
  return Prisma.sql`SELECT r."id", r."publishAt" AS "at", r."searchDocument" FROM "Release" r
    WHERE r."status" IN (${live}) AND r."publishAt" <= ${at} ${filters(filter)}
    ORDER BY r."publishAt" DESC LIMIT ${n(rows)}`;
}

// Every release the filter allows that matches, from the GIN index alone; the
// filter is tested on the rows it finds. The subquery is a fence (OFFSET 0):
// a generic plan takes "published before now" to leave a third of the rows
// and would combine the GIN index with the (status, publishAt) index, reading
// all 100,000 entries of the latter for a word found seven times.
function matching(filter: EngineFilter, q: Prisma.Sql): Prisma.Sql {
  const found = Prisma.sql`(SELECT r."id", r."status", r."publishAt", r."updatedAt", r."categoryId" FROM "Release" r WHERE r."searchDocument" @@ ${q} OFFSET 0) r`;
  const at = filter.publicAt;
  if (!at) return Prisma.sql`SELECT r."id", r."updatedAt" AS "at" FROM ${found} WHERE TRUE ${filters(filter)}`;
  return Prisma.sql`SELECT r."id", r."publishAt" AS "at" FROM ${found} WHERE r."status" IN (${live}) AND r."publishAt" <= ${at} ${filters(filter)}`;
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
// back as one JSON array beside the count. The match step is materialised:
// `found` reads its ids in several places, and inlined, its index lookup
// was planned once for each and, for a rare word, run up to four times.
type Found = { capped: boolean; matched: number | null; rows: RawRow[] | null };

/**
 * The search's statement; named (a digest of its text, so a changed text is a
 * new statement) unless a category applies.
 */
export function searchStatement(terms: SearchTerms, filter: EngineFilter): { name?: string; text: string; values: unknown[] } {
  const tsquery = toTsQuery(terms);
  // A subquery, so a generic plan parses the words once (an InitPlan) instead
  // of once for every row it tests: a constant would be folded, a parameter is not.
  const q = Prisma.sql`(SELECT to_tsquery('simple', ${tsquery}))`;
  const from = filter.offset + 1;
  const to = Math.min(filter.offset + filter.limit, MATCH_CAP);
  const at = filter.publicAt ? Prisma.sql`r."publishAt"` : Prisma.sql`r."updatedAt"`;
  const snippet = filter.snippets === false ? Prisma.sql`NULL` : headline(q);
  const sql = Prisma.sql`
    WITH probe AS (
      SELECT count(*)::int AS "hits" FROM (${newest(filter, PROBE_ROWS)}) w WHERE w."searchDocument" @@ ${q}
    ), walk AS (
      SELECT count(*)::int AS "walked", (array_agg(m."id" ORDER BY m."at" DESC, m."id"))[${from}::int:${to}::int] AS "pageIds"
      FROM (SELECT w."id", w."at" FROM (${newest(filter, WALK_ROWS)}) w WHERE w."searchDocument" @@ ${q} LIMIT ${n(MATCH_CAP + 1)}) m
      WHERE (SELECT "hits" FROM probe) * 2 >= ${n(PROBE_ROWS)}
    ), matches AS MATERIALIZED (
      SELECT walk."walked", walk."pageIds",
        CASE WHEN walk."walked" > ${n(MATCH_CAP)} THEN NULL ELSE (
          SELECT array_agg(a."id" ORDER BY a."at" DESC, a."id") FROM (
            SELECT w."id", w."at" FROM (${matching(filter, q)}) w ORDER BY w."at" DESC, w."id" LIMIT ${n(MATCH_CAP + 1)}
          ) a
        ) END AS "matchIds"
      FROM walk
    ), found AS (
      SELECT ("walked" > ${n(MATCH_CAP)} OR coalesce(cardinality("matchIds"), 0) > ${n(MATCH_CAP)}) AS "capped", "matchIds",
        CASE WHEN "walked" > ${n(MATCH_CAP)} THEN "pageIds"
             WHEN coalesce(cardinality("matchIds"), 0) > ${n(MATCH_CAP)} THEN "matchIds"[${from}::int:${to}::int]
             ELSE "matchIds" END AS "ids"
      FROM matches
    ), page AS (
      SELECT r."id", r."slug", r."title", r."status"::text AS "status", r."publishAt", r."summary", r."question", r."body",
             c."name" AS "categoryName", c."slug" AS "categorySlug",
             CASE WHEN f."capped" THEN 0 ELSE ts_rank_cd(r."searchDocument", ${q}) END AS "rank",
             CASE WHEN f."capped" THEN ${at} ELSE r."publishAt" END AS "sortAt"
      FROM found f JOIN "Release" r ON r."id" = ANY(f."ids") JOIN "Category" c ON c."id" = r."categoryId"
      ORDER BY "rank" DESC, "sortAt" DESC NULLS LAST, r."id"
      LIMIT ${n(filter.limit)} OFFSET (SELECT CASE WHEN "capped" THEN 0 ELSE ${filter.offset}::int END FROM found)
    )
    SELECT f."capped", cardinality(f."matchIds") AS "matched",
      (SELECT json_agg(json_build_object(
          'id', p."id", 'slug', p."slug", 'title', p."title", 'status', p."status",
          'publishAt', p."publishAt" AT TIME ZONE 'UTC', 'categoryName', p."categoryName", 'categorySlug', p."categorySlug",
          'snippet', ${snippet}
        ) ORDER BY p."rank" DESC, p."sortAt" DESC NULLS LAST, p."id") FROM page p) AS "rows"
    FROM found f`;
  const values = sql.values.map(toParameter);
  if (filter.categorySlug) return { text: sql.text, values };
  return { name: statementName(sql.text), text: sql.text, values };
}

// One name per text, digested once: the texts are the few shapes the filters make.
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `search_${crypto.createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

// Times are stored as UTC without a zone ("timestamp(3)"); pg would send a
// Date in the server process's own zone.
function toParameter(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().replace("T", " ").replace("Z", "") : value;
}

// As wide as the search gate (gate.ts) and two more for the newsroom's
// searches, which do not wait there, so a search seldom waits for a connection.
let pool: pg.Pool | undefined;

function searchPool(): pg.Pool {
  if (pool) return pool;
  const config = env();
  if ("error" in config.database) throw new AppError("UNAVAILABLE", config.database.error);
  pool = new pg.Pool({
    connectionString: config.database.url,
    max: config.searchConcurrency + 2,
    connectionTimeoutMillis: 3000,
    options: "-c plan_cache_mode=force_generic_plan",
  });
  // A connection that breaks while idle (a database restart) is dropped and
  // replaced on the next search; unheard, the error would stop the server.
  pool.on("error", (error) => console.error(`[pressroom] a search connection to the database broke: ${error.message}`));
  return pool;
}

export async function searchPostgres(terms: SearchTerms, filter: EngineFilter): Promise<EngineResult> {
  const statement = searchStatement(terms, filter);
  // The search pool's connections give even an unnamed statement a generic
  // plan, so a search in a category goes through Prisma's, planned per call.
  const found = statement.name
    ? (await searchPool().query<Found>(statement)).rows[0]
    : (await (await db()).$queryRawUnsafe<Found[]>(statement.text, ...statement.values))[0];
  const capped = found?.capped ?? false;
  const total = capped ? MATCH_CAP : (found?.matched ?? 0);
  return { rows: (found?.rows ?? []).map(toRow), total, capped, order: capped ? "recent" : "relevance" };
}

