import { describe, expect, it } from "vitest";
import { makeCategory, makeRelease } from "@/tests/support/factories";
import { buildFeed } from "./build-feed";
import { listApiReleases, listQuerySchema } from "./api-releases";

describe("feeds", () => {
  it("a category feed lists only that category's public releases, in all three formats", async () => {
    const category = await makeCategory();
    const inside = await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - 1000), categoryId: category.id });
    const outside = await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - 1000) });
    const rss = await buildFeed("rss", category.slug);
    expect(rss).toContain('<rss version="2.0"');
    expect(rss).toContain(inside.slug);
    expect(rss).not.toContain(outside.slug);
    expect(await buildFeed("atom", category.slug)).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    const json = JSON.parse((await buildFeed("json", category.slug)) ?? "{}") as { version: string; items: { url: string }[] };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items.map((i) => i.url)).toEqual([expect.stringContaining(inside.slug)]);
    expect(await buildFeed("rss", "no-such-category")).toBeNull();
  });
});

describe("public API", () => {
  it("pages with a cursor and rejects bad parameters with a clear message", async () => {
    const category = await makeCategory();
    for (let i = 0; i < 3; i++) await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - 1000 * (i + 1)), categoryId: category.id });
    await makeRelease({ status: "DRAFT", categoryId: category.id });
    const first = await listApiReleases(listQuerySchema.parse({ category: category.slug, limit: "2" }), "http://x");
    expect(first?.data).toHaveLength(2);
    const second = await listApiReleases(listQuerySchema.parse({ category: category.slug, limit: "2", cursor: first?.nextCursor }), "http://x");
    expect([second?.data.length, second?.nextCursor]).toEqual([1, null]);
    const future = await listApiReleases(listQuerySchema.parse({ category: category.slug, updatedSince: "2999-01-01T00:00:00Z" }), "http://x");
    expect(future?.data).toEqual([]);
    const bad = listQuerySchema.safeParse({ limit: "500", updatedSince: "yesterday", colour: "red" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message).join(" ")).toMatch(/at most 100.*ISO 8601|ISO 8601.*at most 100/);
  });
});
