import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeAuthor, makeCategory, makeRelease } from "@/tests/support/factories";
import { installQueryCounter, type RecordedQuery } from "@/tests/support/query-counter";
import { publicReleaseWhere } from "./visibility";

const sqlite = (process.env.DATABASE_URL ?? "").startsWith("file:");
let counter: Awaited<ReturnType<typeof installQueryCounter>>;

beforeAll(async () => {
  counter = await installQueryCounter();
});
afterAll(async () => counter.uninstall());

// The shape every public list uses: the visibility rule, newest first, one
// page, with category and author names joined in the same request.
function params(q: RecordedQuery): (string | number | null)[] {
  return (JSON.parse(q.params) as unknown[]).map((p) => (typeof p === "string" || typeof p === "number" ? p : p === null ? null : String(p)));
}

// The database's own plan for a recorded statement, one line per step.
async function plan(q: RecordedQuery): Promise<string[]> {
  if (sqlite) {
    const database = new Database((process.env.DATABASE_URL ?? "").slice("file:".length), { readonly: true });
    try {
      return (database.prepare(`EXPLAIN QUERY PLAN ${q.query}`).all(...params(q)) as Array<{ detail: string }>).map((r) => r.detail);
    } finally {
      database.close();
    }
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SET enable_seqscan = off");
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${q.query}`, params(q));
    return result.rows.map((r) => r["QUERY PLAN"]);
  } finally {
    await client.end();
  }
}

function listPage(where: object, page: number, size = 20) {
  return counter.client.release.findMany({
    where: { ...publicReleaseWhere(), ...where },
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * size,
    take: size,
    select: { id: true, title: true, slug: true, summary: true, publishAt: true, category: { select: { name: true, slug: true } }, author: { select: { name: true } } },
  });
}

describe("public list queries", () => {
  it("a list page with its categories and authors issues the same queries for 1 and 50 releases", async () => {
    const category = await makeCategory();
    const few = await makeCategory();
    const author = await makeAuthor();
    await makeRelease({ status: "PUBLISHED", categoryId: few.id, authorId: author.id });
    for (let i = 0; i < 50; i++) await makeRelease({ status: "PUBLISHED", categoryId: category.id, authorId: (await makeAuthor()).id });
    const one = await counter.count(() => listPage({ categoryId: few.id }, 1, 50));
    const fifty = await counter.count(() => listPage({ categoryId: category.id }, 1, 50));
    expect(one.result).toHaveLength(1);
    expect(fifty.result).toHaveLength(50);
    expect(fifty.statements.length).toBe(one.statements.length);
    expect(fifty.statements.length).toBeLessThanOrEqual(3);
  });

  it("the archive and category list queries use an index, never a full scan of Release", async () => {
    const category = await makeCategory();
    const archive = await counter.count(() => listPage({}, 500));
    const byCategory = await counter.count(() => listPage({ categoryId: category.id }, 1));
    for (const statements of [archive.statements, byCategory.statements]) {
      const releaseQuery = statements.find((s) => /FROM [`"]?(main[`"]?\.[`"]?|public[`"]?\.[`"]?)?Release[`"]?/.test(s.query));
      expect(releaseQuery, "a query on Release was issued").toBeDefined();
      const details = await plan(releaseQuery as RecordedQuery);
      if (sqlite) {
        expect(details.some((d) => /(SEARCH|SCAN) (main\.)?Release USING (COVERING )?INDEX/.test(d)), details.join(" | ")).toBe(true);
        expect(details.filter((d) => /^SCAN (main\.)?Release$/.test(d)), details.join(" | ")).toEqual([]);
      } else {
        // With sequential scans priced out, the planner picks an index whenever one can serve.
        expect(details.some((d) => /Index (Only )?Scan.* on "?Release"?|Bitmap Index Scan on "?Release_/.test(d)), details.join(" | ")).toBe(true);
        expect(details.filter((d) => /Seq Scan on "?Release"?/.test(d)), details.join(" | ")).toEqual([]);
      }
    }
  });
});
