import { expect, test } from "@playwright/test";
import { slugify } from "@/lib/content/slug";
import { feedAddresses, readFeed, sitemapAddresses } from "./channels";

// The seed schedules this release for 24 December 2026: until then it must be
// absent from every public door.
const SCHEDULED = slugify("The Ambassador's Christmas greetings to compatriots living in the United Kingdom");
const PUBLIC_TITLE = "Embassy Press Officer's reply to a media question on the processing times for visa applications this winter";
const PUBLIC = slugify(PUBLIC_TITLE);

test("a reader searches the archive and sees highlighted matches", async ({ page }) => {
  await page.goto("/search");
  await page.getByLabel("Search for").fill('visa "applications" (winter');
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: PUBLIC_TITLE })).toBeVisible();
  await expect(page.locator("mark").first()).toBeVisible();
  await page.goto("/search?q=Christmas%20greetings%20compatriots");
  await expect(page.getByText(/No public releases match/)).toBeVisible();
});

test("feeds, sitemap, robots and the API serve public releases and keep the embargo", async ({ request, page }) => {
  for (const [path, type, marker] of [
    ["/feed.xml", "application/rss+xml", '<rss version="2.0"'],
    ["/atom.xml", "application/atom+xml", "http://www.w3.org/2005/Atom"],
    ["/feed.json", "application/feed+json", "https://jsonfeed.org/version/1.1"],
    ["/news/category/media-questions/feed.xml", "application/rss+xml", "Replies to media questions"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    const body = await response.text();
    expect(body).toContain(marker);
    expect(body).toContain(PUBLIC);
    expect(body).not.toContain(SCHEDULED);
  }
  // All six feeds are valid documents of their kind.
  for (const feed of feedAddresses("media-questions")) expect((await readFeed(request, feed.format, feed.path)).length, feed.path).toBeGreaterThan(0);
  // The old per-category address moved to the category's own path.
  const moved = await request.get("/feed.xml?category=media-questions", { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers().location).toMatch(/\/news\/category\/media-questions\/feed\.xml$/);
  expect((await request.get("/feed.xml?category=nothing-here")).status()).toBe(404);
  expect((await request.get("/news/category/nothing-here/atom.xml")).status()).toBe(404);

  const sitemap = await sitemapAddresses(request);
  expect(sitemap.filter((a) => a.endsWith(`/news/${PUBLIC}`))).toHaveLength(1);
  expect(sitemap).toContainEqual(expect.stringMatching(/\/news\/archive\/\d{4}\/\d{2}$/));
  expect(sitemap.some((a) => a.endsWith(SCHEDULED))).toBe(false);
  expect((await (await request.get("/sitemap.xml")).text())).toContain("<lastmod>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);

  const list = await request.get("/api/v1/releases?limit=100");
  const listed = (await list.json()) as { data: { slug: string }[] };
  expect(listed.data.map((r) => r.slug)).toContain(PUBLIC);
  expect(listed.data.map((r) => r.slug)).not.toContain(SCHEDULED);
  expect((await request.get(`/api/v1/releases/${PUBLIC}`)).status()).toBe(200);
  expect((await request.get(`/api/v1/releases/${SCHEDULED}`)).status()).toBe(404);
  const bad = await request.get("/api/v1/releases?limit=abc");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("limit");

  const image = await request.get(`/api/og/${PUBLIC}`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).length).toBeGreaterThan(5000);
  expect((await request.get(`/api/og/${SCHEDULED}`)).status()).toBe(404);

  expect((await request.get(`/news/${SCHEDULED}`)).status()).toBe(404);
  await page.goto(`/news/${PUBLIC}`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as { "@type": string; headline: string };
  expect(jsonLd["@type"]).toBe("NewsArticle");
  expect(jsonLd.headline).toBe(PUBLIC_TITLE);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", new RegExp(`/api/og/${PUBLIC}$`));

  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
  await page.goto("/news/category/media-questions");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute("href", "/news/category/media-questions/atom.xml");
});
