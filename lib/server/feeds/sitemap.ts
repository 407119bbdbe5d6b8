import "server-only";
import { siteZone } from "@/lib/server/settings/site-zone";
import { monthRange, partsInZone } from "@/lib/time/zones";
import { db } from "../db";
import { env } from "../env";
import { PAGE_SIZE } from "../releases/public";
import { publicReleaseWhere } from "../releases/visibility";
import { getPublicSettings } from "../settings/get-settings";

// The sitemap: every archive page and every public release, split into files
// of at most 50,000 addresses (the sitemaps.org limit) and listed by an index
// at /sitemap.xml. Archive pages come first, then releases oldest first, so a
// new release only ever lands in the last file.
export const SITEMAP_PART_SIZE = 50_000;
// Where app/sitemaps/sitemap.ts (generateSitemaps) serves file N: <this>/N.xml.
export const SITEMAP_PART_PATH = "/sitemaps/sitemap";

export type SitemapUrl = { url: string; lastModified: Date };

type Row = { id: string; slug: string; publishAt: Date | null; updatedAt: Date; categoryId: string };
type Category = { id: string; slug: string; updatedAt: Date };

const later = (a: Date, b: Date) => (a > b ? a : b);
// A release last changed when it went public or was last edited, whichever is later.
const changedAt = (r: Row) => (r.publishAt ? later(r.publishAt, r.updatedAt) : r.updatedAt);

// A list's pages, /base, /base/page/2 …, as the archive paginates it. Any new
// release shifts every page of its list, so each page changed at least when
// the list's newest release appeared, and when one of its own releases did.
function listPages(base: string, rows: Row[], fallback: Date): SitemapUrl[] {
  const newest = rows[0] ? changedAt(rows[0]) : fallback;
  const pageCount = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const pages: SitemapUrl[] = [];
  for (let n = 1; n <= pageCount; n++) {
    const lastModified = rows.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE).reduce((max, r) => later(max, changedAt(r)), newest);
    pages.push({ url: n === 1 ? base : `${base}/page/${n}`, lastModified });
  }
  return pages;
}

// "1990/03": the month an instant falls in, in the site's zone. Rows come in
// date order, so the zone is consulted once per month, not once per row
// (formatting 100,000 dates through Intl takes seconds).
function monthPathIn(zone: string): (instant: Date) => string {
  let current: { start: Date; end: Date; path: string } | undefined;
  return (instant) => {
    if (!current || instant < current.start || instant >= current.end) {
      const { year, month } = partsInZone(instant, zone);
      current = { ...monthRange(year, month, zone), path: `${year}/${String(month).padStart(2, "0")}` };
    }
    return current.path;
  };
}

/** Pure: the sitemap's files from the public releases (newest first) and categories. */
export function sitemapParts(rows: Row[], categories: Category[], zone: string, site: string, partSize = SITEMAP_PART_SIZE): SitemapUrl[][] {
  const epoch = new Date(0);
  const newestChange = rows.reduce((max, r) => later(max, changedAt(r)), categories.reduce((max, c) => later(max, c.updatedAt), epoch));
  const archive: SitemapUrl[] = [{ url: `${site}/`, lastModified: newestChange }, ...listPages(`${site}/news`, rows, newestChange)];
  for (const category of categories) {
    archive.push(...listPages(`${site}/news/category/${category.slug}`, rows.filter((r) => r.categoryId === category.id), category.updatedAt));
  }
  const months = new Map<string, Date>();
  const monthPath = monthPathIn(zone);
  for (const row of rows) {
    if (!row.publishAt) continue;
    const key = monthPath(row.publishAt);
    months.set(key, later(months.get(key) ?? epoch, changedAt(row)));
  }
  const years = new Map<string, Date>();
  for (const [key, lastModified] of months) {
    const year = key.slice(0, 4);
    years.set(year, later(years.get(year) ?? epoch, lastModified));
  }
  for (const [year, lastModified] of years) archive.push({ url: `${site}/news/archive/${year}`, lastModified });
  for (const [key, lastModified] of months) archive.push({ url: `${site}/news/archive/${key}`, lastModified });
  const releases = rows.toReversed().map((r) => ({ url: `${site}/news/${r.slug}`, lastModified: changedAt(r) }));
  return [...chunk(archive, partSize), ...chunk(releases, partSize)];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// One read of the columns the sitemap needs (no bodies), through the one
// visibility rule. The sitemap files are cached, so this runs once per
// refresh, not per crawler request.
export async function listSitemapParts(options: { partSize?: number; now?: Date } = {}): Promise<SitemapUrl[][]> {
  const client = await db();
  const settings = await getPublicSettings();
  const rows = await client.release.findMany({
    where: publicReleaseWhere(options.now),
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    select: { id: true, slug: true, publishAt: true, updatedAt: true, categoryId: true },
  });
  const categories = await client.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, slug: true, updatedAt: true } });
  return sitemapParts(rows, categories, siteZone(settings), env().siteUrl, options.partSize);
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The sitemap index document: one <sitemap> per file, with the newest lastmod in it. */
export function sitemapIndexXml(parts: SitemapUrl[][], site: string): string {
  const entries = parts.map((part, id) => {
    const lastmod = part.reduce((max, u) => later(max, u.lastModified), new Date(0));
    return `<sitemap><loc>${escapeXml(`${site}${SITEMAP_PART_PATH}/${id}.xml`)}</loc><lastmod>${lastmod.toISOString()}</lastmod></sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}
