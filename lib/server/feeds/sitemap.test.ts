import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { makeAuthor, makeCategory, makeRelease } from "@/tests/support/factories";
import robots from "@/app/robots";
import { GET as sitemapIndexRoute } from "@/app/sitemap.xml/route";
import sitemapFile, { generateSitemaps } from "@/app/sitemaps/sitemap";
import { parseXml } from "./feed-spec";
import { SITEMAP_PART_PATH, SITEMAP_PART_SIZE, listSitemapParts, sitemapParts } from "./sitemap";

const at = (iso: string) => new Date(iso);

describe("the sitemap", () => {
  it("lists every public release once and every archive page with lastmod, and nothing unpublished", async () => {
    const category = await makeCategory();
    const author = await makeAuthor();
    const inCategory = { categoryId: category.id, authorId: author.id };
    // 25 public releases over two months of 1990 (mid-month, so the site's zone cannot move them).
    const published: Awaited<ReturnType<typeof makeRelease>>[] = [];
    for (let i = 0; i < 25; i++) {
      published.push(await makeRelease({ ...inCategory, status: i % 2 ? "PUBLISHED" : "SCHEDULED", publishAt: at(`1990-0${i < 15 ? 3 : 4}-${String(10 + (i % 10)).padStart(2, "0")}T12:00:00Z`) }));
    }
    const hidden = [
      await makeRelease({ ...inCategory, status: "DRAFT" }),
      await makeRelease({ ...inCategory, status: "IN_REVIEW", publishAt: at("1990-03-11T12:00:00Z") }),
      await makeRelease({ ...inCategory, status: "SCHEDULED", publishAt: new Date(Date.now() + 3_600_000) }),
      await makeRelease({ ...inCategory, status: "WITHDRAWN", publishAt: at("1990-03-12T12:00:00Z") }),
    ];
    // An edit after publication is the release's lastmod, and its month's.
    const client = await db();
    const edited = await client.release.update({ where: { id: published[3]!.id }, data: { summary: "Corrected." }, select: { updatedAt: true } });

    const parts = await listSitemapParts({ partSize: 7 });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(7);
    const urls = parts.flat();
    const site = env().siteUrl;
    expect(new Set(urls.map((u) => u.url)).size, "no address is listed twice").toBe(urls.length);
    const count = (url: string) => urls.filter((u) => u.url === url).length;
    for (const release of published) expect(count(`${site}/news/${release.slug}`), release.slug).toBe(1);
    for (const release of hidden) expect(count(`${site}/news/${release.slug}`), release.status).toBe(0);
    expect(urls.find((u) => u.url === `${site}/news/${published[3]!.slug}`)?.lastModified).toEqual(edited.updatedAt);

    for (const path of ["/", "/news", `/news/category/${category.slug}`, `/news/category/${category.slug}/page/2`]) expect(count(`${site}${path}`), path).toBe(1);
    expect(count(`${site}/news/category/${category.slug}/page/3`)).toBe(0);
    const total = await client.release.count({ where: { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishAt: { lte: new Date() } } });
    for (let n = 2; n <= Math.ceil(total / 20); n++) expect(count(`${site}/news/page/${n}`), `/news/page/${n}`).toBe(1);
    expect(count(`${site}/news/page/${Math.ceil(total / 20) + 1}`)).toBe(0);

    // A month's lastmod is the newest change among its releases (made today,
    // so their rows' updatedAt, and for March the later edit).
    const month = (path: string) => urls.find((u) => u.url === `${site}${path}`)?.lastModified;
    const april = await client.release.aggregate({ where: { id: { in: published.slice(15).map((r) => r.id) } }, _max: { updatedAt: true } });
    expect(month("/news/archive/1990/03")).toEqual(edited.updatedAt);
    expect(month("/news/archive/1990/04")).toEqual(april._max.updatedAt);
    // A year's is the newest of its months'.
    const newest = [edited.updatedAt, april._max.updatedAt!].reduce((a, b) => (a > b ? a : b));
    expect(month("/news/archive/1990")).toEqual(newest);
    for (const url of urls) expect(url.lastModified.getTime(), url.url).toBeGreaterThan(0);
  });

  it("the index at /sitemap.xml lists each file, and each file serves its part", async () => {
    await makeRelease({ status: "PUBLISHED", publishAt: at("1991-01-15T12:00:00Z") });
    const response = await sitemapIndexRoute();
    expect(response.headers.get("content-type")).toContain("application/xml");
    const index = parseXml(await response.text());
    expect([index.local, index.uri]).toEqual(["sitemapindex", "http://www.sitemaps.org/schemas/sitemap/0.9"]);
    const ids = await generateSitemaps();
    const entries = index.children.filter((c) => c.local === "sitemap");
    expect(entries.map((e) => e.children.find((c) => c.local === "loc")?.text)).toEqual(ids.map(({ id }) => `${env().siteUrl}${SITEMAP_PART_PATH}/${id}.xml`));
    for (const entry of entries) expect(entry.children.find((c) => c.local === "lastmod")?.text).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const first = await sitemapFile({ id: Promise.resolve("0") });
    expect(first[0]?.url).toBe(`${env().siteUrl}/`);
    expect(robots().sitemap).toBe(`${env().siteUrl}/sitemap.xml`);
  });

  it("100,000 releases split into files of at most 50,000 addresses, each release once", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => {
      const publishAt = new Date(Date.UTC(2020, 0, 1) + (100_000 - i) * 600_000);
      return { id: `r${i}`, slug: `release-${i}`, publishAt, updatedAt: publishAt, categoryId: i % 3 ? "a" : "b" };
    });
    const categories = [{ id: "a", slug: "a", updatedAt: new Date(0) }, { id: "b", slug: "b", updatedAt: new Date(0) }];
    const parts = sitemapParts(rows, categories, "Europe/London", "https://press.example.org");
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(SITEMAP_PART_SIZE);
    const releaseUrls = parts.flat().filter((u) => /\/news\/release-\d+$/.test(u.url));
    expect(releaseUrls).toHaveLength(100_000);
    expect(new Set(releaseUrls.map((u) => u.url)).size).toBe(100_000);
    // 1 + 5,000 list pages + 3,334 + 1,667 category pages + the years and months: one file; then the releases in two.
    const distinct = (length: number) => new Set(rows.map((r) => r.publishAt.toISOString().slice(0, length))).size;
    expect(distinct(4)).toBeGreaterThan(1);
    expect(parts.map((p) => p.length)).toEqual([1 + 5000 + 3334 + 1667 + distinct(4) + distinct(7), 50_000, 50_000]);
  });
});
