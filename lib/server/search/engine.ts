import "server-only";
import { databaseProvider } from "../db";
import type { EngineFilter, EngineResult } from "./engine-common";
import { searchPostgres } from "./engine-postgres";
import { searchSqlite } from "./engine-sqlite";
import type { SearchTerms } from "./terms";

export { MATCH_CAP, type EngineFilter, type EngineResult, type EngineRow } from "./engine-common";

// The one place that knows how each database does full-text search. SQLite:
// the FTS5 table "release_search" kept by triggers; PostgreSQL: the generated
// "searchDocument" column with its GIN index (see the migrations named
// *_release_search).
//
// The cost of a search is bounded whatever the number of matches: at most
// MATCH_CAP + 1 matches are ever looked at, ranking happens only when the
// whole match set fits under the cap, snippets are made only for the rows of
// the page, and the count stops at the cap ("more than 1,000").
export async function runSearch(terms: SearchTerms, filter: EngineFilter): Promise<EngineResult> {
  return databaseProvider() === "postgresql" ? searchPostgres(terms, filter) : searchSqlite(terms, filter);
}
