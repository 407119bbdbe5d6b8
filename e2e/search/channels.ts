import { expect, type APIRequestContext } from "@playwright/test";
import { checkAtom, checkJsonFeed, checkRss, parseXml, readItems, type ReadItem } from "@/lib/server/feeds/feed-spec";

// Reads the public doors a crawler or feed reader uses, as they are served.

export type FeedName = "rss" | "atom" | "json";
const FILES: Record<FeedName, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };
const CHECKS = { rss: checkRss, atom: checkAtom, json: checkJsonFeed };

export function feedAddresses(categorySlug: string): { format: FeedName; path: string }[] {
  return (["rss", "atom", "json"] as const).flatMap((format) => [
    { format, path: `/${FILES[format]}` },
    { format, path: `/news/category/${categorySlug}/${FILES[format]}` },
  ]);
}

/** A served feed, checked against its specification; its entries as a reader sees them. */
export async function readFeed(request: APIRequestContext, format: FeedName, path: string): Promise<ReadItem[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const body = await response.text();
  expect(CHECKS[format](body), `${path} is valid`).toEqual([]);
  return readItems(format, body);
}

/** Every address in the sitemap: the index at /sitemap.xml, then each file it lists. */
export async function sitemapAddresses(request: APIRequestContext): Promise<string[]> {
  const index = parseXml(await (await request.get("/sitemap.xml")).text());
  expect(index.local).toBe("sitemapindex");
  const addresses: string[] = [];
  for (const entry of index.children.filter((c) => c.local === "sitemap")) {
    const loc = new URL(entry.children.find((c) => c.local === "loc")?.text ?? "");
    const response = await request.get(loc.pathname);
    expect(response.status(), loc.pathname).toBe(200);
    const urlset = parseXml(await response.text());
    for (const url of urlset.children) addresses.push(url.children.find((c) => c.local === "loc")?.text ?? "");
  }
  return addresses;
}
