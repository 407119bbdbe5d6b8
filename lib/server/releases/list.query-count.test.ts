import Database from "better-sqlite3";
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

  it.runIf(sqlite)("the archive and category list queries search an index, never scan Release", async () => {
    const category = await makeCategory();
    const archive = await counter.count(() => listPage({}, 500));
    const byCategory = await counter.count(() => listPage({ categoryId: category.id }, 1));
    const file = (process.env.DATABASE_URL ?? "").slice("file:".length);
    const database = new Database(file, { readonly: true });
    try {
      const plan = (q: RecordedQuery) => {
        const params = (JSON.parse(q.params) as unknown[]).map((p) => (typeof p === "string" || typeof p === "number" ? p : p === null ? null : String(p)));
        return (database.prepare(`EXPLAIN QUERY PLAN ${q.query}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
      };
      for (const statements of [archive.statements, byCategory.statements]) {
        const releaseQuery = statements.find((s) => /FROM [`"]?(main[`"]?\.[`"]?)?Release[`"]?/.test(s.query));
        expect(releaseQuery, "a query on Release was issued").toBeDefined();
        const details = plan(releaseQuery as RecordedQuery);
        expect(details.some((d) => /(SEARCH|SCAN) (main\.)?Release USING (COVERING )?INDEX/.test(d)), details.join(" | ")).toBe(true);
        expect(details.filter((d) => /^SCAN (main\.)?Release$/.test(d)), details.join(" | ")).toEqual([]);
      }
    } finally {
      database.close();
    }
  });
});
