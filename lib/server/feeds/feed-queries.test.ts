import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCategory, makeRelease } from "@/tests/support/factories";
import { onSqlite as sqlite, planOf } from "@/tests/support/explain";
import { installQueryCounter, type RecordedQuery } from "@/tests/support/query-counter";
import { buildFeed, FEED_SIZE } from "./build-feed";
import { movedFeedPath } from "./feed-paths";

let counter: Awaited<ReturnType<typeof installQueryCounter>>;
beforeAll(async () => {
  counter = await installQueryCounter();
});
afterAll(async () => counter.uninstall());

describe("feed queries", () => {
  it("read at most 50 releases through an index, never a full scan of Release", async () => {
    const category = await makeCategory();
    for (let i = 0; i < FEED_SIZE + 3; i++) await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - 60_000 - i), categoryId: category.id });
    for (const slug of [undefined, category.slug]) {
      const { result, statements } = await counter.count(() => buildFeed("json", slug));
      const items = (JSON.parse(result ?? "{}") as { items: unknown[] }).items;
      expect(items).toHaveLength(FEED_SIZE);
      const query = statements.find((s) => /FROM [`"]?(main[`"]?\.[`"]?|public[`"]?\.[`"]?)?Release[`"]? /.test(s.query) && /LIMIT/i.test(s.query));
      expect(query, "a bounded query on Release was issued").toBeDefined();
      const details = await planOf(query as RecordedQuery, ["seqscan"]);
      if (sqlite) {
        expect(details.some((d) => /(SEARCH|SCAN) (main\.)?Release USING (COVERING )?INDEX/.test(d)), details.join(" | ")).toBe(true);
        expect(details.filter((d) => /^SCAN (main\.)?Release$/.test(d)), details.join(" | ")).toEqual([]);
      } else {
        expect(details.some((d) => /Index (Only )?Scan.* on "?Release"?|Bitmap Index Scan on "?Release_/.test(d)), details.join(" | ")).toBe(true);
        expect(details.filter((d) => /Seq Scan on "?Release"?/.test(d)), details.join(" | ")).toEqual([]);
      }
    }
  });
});

describe("the old category feed address", () => {
  it("moves to the category's own path, and nothing else moves", () => {
    expect(movedFeedPath("/feed.xml", "media-questions")).toBe("/news/category/media-questions/feed.xml");
    expect(movedFeedPath("/atom.xml", "statements")).toBe("/news/category/statements/atom.xml");
    expect(movedFeedPath("/feed.json", "a b")).toBe("/news/category/a%20b/feed.json");
    expect(movedFeedPath("/feed.xml", "..")).toBe("/news/category/%2E%2E/feed.xml");
    expect(movedFeedPath("/feed.xml", null)).toBeNull();
    expect(movedFeedPath("/feed.xml", "")).toBeNull();
    expect(movedFeedPath("/news", "statements")).toBeNull();
  });
});
