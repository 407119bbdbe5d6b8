import { describe, expect, it } from "vitest";
import { makeRelease, unique } from "@/tests/support/factories";
import { searchParamsSchema, searchPublicReleases } from "../search/search-releases";
import { getApiRelease, listApiReleases, listQuerySchema } from "./api-releases";
import { buildFeed } from "./build-feed";
import { listSitemapParts } from "./sitemap";

const BASE = "https://press.example.org";

// Every channel is asked as of `now`, so the test needs no timer: the clock
// passing the release's time in the real server is e2e/search/embargo.spec.ts.
async function seenEverywhere(slug: string, word: string, now: Date) {
  const search = await searchPublicReleases(searchParamsSchema.parse({ q: word }), now);
  // One after another: getSettings() creates the settings row on first use,
  // and concurrent first uses race on PostgreSQL (reported to the lead).
  const feeds: (string | null)[] = [];
  for (const format of ["rss", "atom", "json"] as const) feeds.push(await buildFeed(format, undefined, now));
  const sitemap = (await listSitemapParts({ now })).flat();
  const list = await listApiReleases(listQuerySchema.parse({ limit: "100" }), BASE, now);
  return {
    search: search.hits.some((h) => h.slug === slug),
    rss: feeds[0]?.includes(slug) ?? false,
    atom: feeds[1]?.includes(slug) ?? false,
    json: feeds[2]?.includes(slug) ?? false,
    sitemap: sitemap.some((u) => u.url.endsWith(`/news/${slug}`)),
    apiList: list?.data.some((r) => r.slug === slug) ?? false,
    apiItem: (await getApiRelease(slug, BASE, now)) !== null,
  };
}

describe("the embargo", () => {
  it("a scheduled release is invisible before its time and visible after, in search, feeds, sitemap and API", async () => {
    const word = unique("embargoword").replace("-", "");
    const release = await makeRelease({ status: "SCHEDULED", publishAt: new Date(Date.now() + 3_600_000), title: `Statement ${word}` });
    const at = release.publishAt!.getTime();
    const none = { search: false, rss: false, atom: false, json: false, sitemap: false, apiList: false, apiItem: false };
    expect(await seenEverywhere(release.slug, word, new Date(at - 1000))).toEqual(none);
    const all = { search: true, rss: true, atom: true, json: true, sitemap: true, apiList: true, apiItem: true };
    expect(await seenEverywhere(release.slug, word, new Date(at + 1000))).toEqual(all);
  });
});
