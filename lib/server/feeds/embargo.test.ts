import { describe, expect, it } from "vitest";
import { makeRelease, unique } from "@/tests/support/factories";
import { searchParamsSchema, searchPublicReleases } from "../search/search-releases";
import { getApiRelease, listApiReleases, listQuerySchema } from "./api-releases";
import { buildFeed } from "./build-feed";
import { listSitemapParts } from "./sitemap";

const BASE = "https://press.example.org";

async function seenEverywhere(slug: string, word: string) {
  const search = await searchPublicReleases(searchParamsSchema.parse({ q: word }));
  // One after another: getSettings() creates the settings row on first use,
  // and concurrent first uses race on PostgreSQL (reported to the lead).
  const feeds: (string | null)[] = [];
  for (const format of ["rss", "atom", "json"] as const) feeds.push(await buildFeed(format, undefined));
  const sitemap = (await listSitemapParts()).flat();
  const list = await listApiReleases(listQuerySchema.parse({ limit: "100" }), BASE);
  return {
    search: search.hits.some((h) => h.slug === slug),
    rss: feeds[0]?.includes(slug) ?? false,
    atom: feeds[1]?.includes(slug) ?? false,
    json: feeds[2]?.includes(slug) ?? false,
    sitemap: sitemap.some((u) => u.url.endsWith(`/news/${slug}`)),
    apiList: list?.data.some((r) => r.slug === slug) ?? false,
    apiItem: (await getApiRelease(slug, BASE)) !== null,
  };
}

describe("the embargo", () => {
  it("a scheduled release is invisible before its time and visible after, in search, feeds, sitemap and API", async () => {
    const word = unique("embargoword").replace("-", "");
    const release = await makeRelease({ status: "SCHEDULED", publishAt: new Date(Date.now() + 3000), title: `Statement ${word}` });
    const none = { search: false, rss: false, atom: false, json: false, sitemap: false, apiList: false, apiItem: false };
    expect(await seenEverywhere(release.slug, word)).toEqual(none);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, release.publishAt!.getTime() - Date.now()) + 200));
    const all = { search: true, rss: true, atom: true, json: true, sitemap: true, apiList: true, apiItem: true };
    expect(await seenEverywhere(release.slug, word)).toEqual(all);
  });
});
