import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { RELEASE_STATUSES } from "@/lib/schemas/release";
import { type EngineFilter, type EngineResult, filterConditions, MATCH_CAP, type RawRow, toRow } from "./engine-common";
import { readRows } from "./sqlite-reader";
import { type SearchTerms, toFts5Query } from "./terms";

// SQLite never looks at more than MATCH_CAP + 1 index entries per query.
// Over the cap the page is most recent first, which for FTS5 is descending
// rowid: rowids grow with every write, so this is the order in which the
// releases' text was last written (for a press archive, nearly the order of
// publication), and FTS5 walks it without sorting. Under the cap the whole
// match set is ranked by bm25. A prefix word ("embass"*) costs FTS5 a merge of
// its whole doclist on every query, so a cheap whole-word query answers "over
// the cap?" first when it can.

type Sid = { sid: number | bigint };

const LIVE = ["PUBLISHED", "SCHEDULED"];
const NOT_LIVE = RELEASE_STATUSES.filter((s) => !LIVE.includes(s));

function hiddenWhere(at: Date): Prisma.Sql[] {
  return [
    Prisma.sql`"status" IN (${Prisma.join(NOT_LIVE)})`,
    Prisma.sql`"status" IN (${Prisma.join(LIVE)}) AND "publishAt" IS NULL`,
    Prisma.sql`"status" IN (${Prisma.join(LIVE)}) AND "publishAt" > ${at}`,
  ];
}

// The public rule without reading each matching release (its row is wide and
// "status" sits after "body"): the releases hidden at that instant are few
// (drafts, reviews, withdrawals, embargoes) and come from the
// (status, publishAt) index. The same rule as lib/server/releases/visibility.ts.
function notHidden(at: Date): Prisma.Sql {
  const parts = hiddenWhere(at).map((where) => Prisma.sql`SELECT "id" FROM "Release" WHERE ${where}`);
  return Prisma.sql` AND s."releaseId" NOT IN (${Prisma.join(parts, " UNION ALL ")})`;
}

function hiddenCount(at: Date): Prisma.Sql {
  const parts = hiddenWhere(at).map((where) => Prisma.sql`(SELECT count(*) FROM "Release" WHERE ${where})`);
  return Prisma.join(parts, " + ");
}

const needsJoin = (filter: EngineFilter) => Boolean(filter.categorySlug || filter.published);

// FROM … WHERE … for the matches the filter allows.
function matchesOf(match: string, filter: EngineFilter): Prisma.Sql {
  if (needsJoin(filter)) {
    return Prisma.sql`FROM "release_search" s JOIN "Release" r ON r."id" = s."releaseId" JOIN "Category" c ON c."id" = r."categoryId"
      WHERE "release_search" MATCH ${match} ${filterConditions(filter, true)}`;
  }
  return Prisma.sql`FROM "release_search" s WHERE "release_search" MATCH ${match} ${filter.publicAt ? notHidden(filter.publicAt) : Prisma.empty}`;
}

// True when the whole words alone already match more than MATCH_CAP
// releases the filter allows (then so do the prefixes). Without filters the
// hidden releases are not looked up per match: a plain FTS count that passes
// the cap by more than their number is enough.
function wholeWordsOverCap(terms: SearchTerms, filter: EngineFilter): boolean {
  if (terms.words.length === 0) return false;
  const exact = toFts5Query(terms, { exact: true });
  let from = matchesOf(exact, filter);
  let limit = Prisma.sql`${MATCH_CAP + 1}`;
  if (!needsJoin(filter) && filter.publicAt) {
    from = Prisma.sql`FROM "release_search" s WHERE "release_search" MATCH ${exact}`;
    limit = Prisma.sql`${MATCH_CAP + 1} + ${hiddenCount(filter.publicAt)}`;
  }
  const [row] = readRows<{ over: number }>(Prisma.sql`
    SELECT (SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${limit})) >= ${limit} AS "over"`);
  return Number(row?.over ?? 0) === 1;
}

export async function searchSqlite(terms: SearchTerms, filter: EngineFilter): Promise<EngineResult> {
  const match = toFts5Query(terms);
  const from = matchesOf(match, filter);
  const snippet = filter.snippets === false ? Prisma.sql`NULL` : Prisma.sql`snippet("release_search", -1, char(2), char(3), '…', 24)`;

  const wordsOverCap = wholeWordsOverCap(terms, filter);
  let capped = wordsOverCap;
  let matches: Array<Sid & { rank: number }> = [];
  if (!capped) {
    // With bm25, so a match set under the cap is ranked without another walk.
    matches = readRows(Prisma.sql`
      SELECT s."rowid" AS "sid", bm25("release_search", 0, 10, 4, 1) AS "rank" ${from} ORDER BY s."rowid" DESC LIMIT ${MATCH_CAP + 1}`);
    capped = matches.length > MATCH_CAP;
  }
  const total = capped ? MATCH_CAP : matches.length;
  const order = capped ? "recent" : "relevance";
  if (filter.offset >= total) return { rows: [], total, capped, order };

  const details = Prisma.sql`r."id", r."slug", r."title", r."status", r."publishAt", c."name" AS "categoryName", c."slug" AS "categorySlug"`;
  const joined = Prisma.sql`FROM "release_search" s JOIN "Release" r ON r."id" = s."releaseId" JOIN "Category" c ON c."id" = r."categoryId"`;
  let rows: RawRow[];
  if (capped) {
    // In FTS5's own order, so the snippet is made only for the rows returned.
    // When the whole words alone pass the cap, the page comes from them: FTS5
    // streams a whole word's matches newest first and stops at the page, while
    // a prefix must first merge the lists of every word it begins (about 3 ms
    // for a word in every release of 100,000). A word that common was typed
    // whole; what the prefix adds (longer words that begin with it) is a few
    // releases among more than the cap, and the reader is told the list is
    // the most recent 1,000 of more.
    const pageMatch = wordsOverCap ? toFts5Query(terms, { exact: true }) : match;
    rows = readRows<RawRow>(Prisma.sql`
      SELECT ${details}, ${snippet} AS "snippet" ${joined}
      WHERE "release_search" MATCH ${pageMatch} ${filterConditions(filter, true)}
      ORDER BY s."rowid" DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  } else {
    const sids = [...matches]
      .sort((a, b) => Number(a.rank) - Number(b.rank) || Number(b.sid) - Number(a.sid))
      .slice(filter.offset, filter.offset + filter.limit)
      .map((m) => Number(m.sid));
    // The rowid range bounds the walk; the unary plus keeps the list out of
    // FTS5's hands, so the snippet is made only for the page's rows.
    const found = readRows<RawRow & Sid>(Prisma.sql`
      SELECT s."rowid" AS "sid", ${details}, ${snippet} AS "snippet" ${joined}
      WHERE "release_search" MATCH ${match} AND s."rowid" BETWEEN ${Math.min(...sids)} AND ${Math.max(...sids)} AND +s."rowid" IN (${Prisma.join(sids)})`);
    const bySid = new Map(found.map((row) => [Number(row.sid), row]));
    rows = sids.flatMap((sid) => bySid.get(sid) ?? []);
  }
  return { rows: rows.map(toRow), total, capped, order };
}
