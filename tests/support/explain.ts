import Database from "better-sqlite3";
import pg from "pg";
import type { RecordedQuery } from "./query-counter";

// What the database itself says about a statement: its plan, and on
// PostgreSQL the pages it touches. Each call opens its own connection to the
// test database (DATABASE_URL), so settings made here stay here.

export const onSqlite = (process.env.DATABASE_URL ?? "").startsWith("file:");

export function recordedParams(q: RecordedQuery): (string | number | null)[] {
  return (JSON.parse(q.params) as unknown[]).map((p) => (typeof p === "string" || typeof p === "number" || p === null ? p : String(p)));
}

async function withPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// The plan of a recorded statement, one line per step. `priced` names the
// PostgreSQL plan types priced out first (e.g. "seqscan", "sort"): on small
// test tables the planner would rightly read a table whole, and with those
// priced out it still falls back to them when no index can serve.
export async function planOf(q: RecordedQuery, priced: Array<"seqscan" | "sort"> = []): Promise<string[]> {
  if (onSqlite) {
    const database = new Database((process.env.DATABASE_URL ?? "").slice("file:".length), { readonly: true });
    try {
      return (database.prepare(`EXPLAIN QUERY PLAN ${q.query}`).all(...recordedParams(q)) as Array<{ detail: string }>).map((r) => r.detail);
    } finally {
      database.close();
    }
  }
  return withPostgres(async (client) => {
    for (const kind of priced) await client.query(`SET enable_${kind} = off`);
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${q.query}`, recordedParams(q));
    return result.rows.map((r) => r["QUERY PLAN"]);
  });
}

// PostgreSQL only: the shared buffer pages a statement touches when it runs,
// read from EXPLAIN (ANALYZE, BUFFERS), whether they were cached or not.
export async function pagesTouched(sql: string, params: unknown[]): Promise<number> {
  if (onSqlite) throw new Error("pagesTouched reads PostgreSQL's EXPLAIN (ANALYZE, BUFFERS)");
  return withPostgres(async (client) => {
    const result = await client.query<{ "QUERY PLAN": Array<{ Plan: Record<string, number> }> }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
    const plan = result.rows[0]?.["QUERY PLAN"][0]?.Plan;
    if (!plan) throw new Error(`EXPLAIN gave no plan for ${sql}`);
    return (plan["Shared Hit Blocks"] ?? 0) + (plan["Shared Read Blocks"] ?? 0);
  });
}

// PostgreSQL only: a named statement prepared and run under its generic plan
// (plan_cache_mode = force_generic_plan, as the search's pool runs it), then
// its plan as it ran, one line per step. `priced` as for planOf.
export async function genericPlanOf<R extends pg.QueryResultRow>(
  statement: { name: string; text: string; values: unknown[] },
  priced: Array<"seqscan" | "sort"> = [],
): Promise<{ plan: string[]; rows: R[] }> {
  if (onSqlite) throw new Error("genericPlanOf reads PostgreSQL's EXPLAIN EXECUTE");
  return withPostgres(async (client) => {
    await client.query("SET plan_cache_mode = force_generic_plan");
    for (const kind of priced) await client.query(`SET enable_${kind} = off`);
    const { rows } = await client.query<R>(statement);
    const args = statement.values.map((v) => client.escapeLiteral(String(v))).join(", ");
    const explained = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) EXECUTE ${statement.name}(${args})`);
    return { plan: explained.rows.map((r) => r["QUERY PLAN"]), rows };
  });
}
