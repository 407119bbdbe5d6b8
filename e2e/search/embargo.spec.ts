import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { insertScheduledRelease } from "../support/public-db";
import { feedAddresses, readFeed, sitemapAddresses } from "./channels";

function categoryOfRelease(slug: string): string {
  const db = new Database(path.resolve(__dirname, "..", "..", "data", "e2e", "pressroom.db"), { readonly: true });
  try {
    return (db.prepare("SELECT c.slug FROM Release r JOIN Category c ON c.id = r.categoryId WHERE r.slug = ?").get(slug) as { slug: string }).slug;
  } finally {
    db.close();
  }
}

// Where a scheduled release can be seen, door by door, as the public reaches them.
async function doors(request: APIRequestContext, slug: string, word: string, category: string) {
  const seen: Record<string, boolean> = {};
  seen.page = (await request.get(`/news/${slug}`)).status() === 200;
  const image = await request.get(`/api/og/${slug}`);
  seen.socialImage = image.status() === 200 && image.headers()["content-type"] === "image/png";
  seen.apiItem = (await request.get(`/api/v1/releases/${slug}`)).status() === 200;
  const list = (await (await request.get("/api/v1/releases?limit=100")).json()) as { data: { slug: string }[] };
  seen.apiList = list.data.some((r) => r.slug === slug);
  seen.search = (await (await request.get(`/search?q=${word}`)).text()).includes(`/news/${slug}"`);
  for (const feed of feedAddresses(category)) seen[feed.path] = (await readFeed(request, feed.format, feed.path)).some((i) => i.link.endsWith(`/news/${slug}`));
  seen.sitemap = (await sitemapAddresses(request)).some((a) => a.endsWith(`/news/${slug}`));
  return seen;
}

test("a scheduled release is absent from every public door before its time and present in all of them after", async ({ request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const word = `embargoword${stamp}`;
  const slug = `embargoed-notice-${stamp}`;
  const due = new Date(stamp + 30_000);
  insertScheduledRelease(`Embargoed notice ${word}`, slug, due);
  const category = categoryOfRelease(slug);

  const before = await doors(request, slug, word, category);
  expect(Date.now(), "the checks before the time must finish before it").toBeLessThan(due.getTime());
  expect(Object.entries(before).filter(([, visible]) => visible)).toEqual([]);
  expect(Object.keys(before)).toHaveLength(12);

  // After the time: the cached doors refresh by themselves (at most 30 s,
  // plus a request); poll until all show it, for at most 70 s.
  let after: Record<string, boolean> = {};
  while (Date.now() < due.getTime() + 70_000) {
    if (Date.now() >= due.getTime()) {
      after = await doors(request, slug, word, category);
      if (Object.values(after).every(Boolean)) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  expect(Object.entries(after).filter(([, visible]) => !visible), "doors still closed 70 s after the time").toEqual([]);

  const page = await request.get(`/news/${slug}`);
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain(`Embargoed notice ${word}`);
  const image = await request.get(`/api/og/${slug}`);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
});
