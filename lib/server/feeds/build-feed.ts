import "server-only";
import { Feed, type Item } from "feed";
import { env } from "../env";
import { getPublicSettings } from "../settings/get-settings";
import { feedPath, type FeedFormat } from "./feed-paths";
import { getPublicCategory, listNewestPublicReleases } from "./public-releases";
import { cdataText, escapeHtml, xmlText } from "./text";

export type { FeedFormat } from "./feed-paths";
export const FEED_SIZE = 50;
// Feeds are cached like the public pages: regenerated at most every 30 s (so a
// scheduled release appears by itself), and at once by revalidatePublicSite().
export const FEED_REVALIDATE_SECONDS = 30;

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

type Release = Awaited<ReturnType<typeof listNewestPublicReleases>>[number];

// Release titles and summaries are plain text. RSS titles are plain text,
// while RSS descriptions and Atom's type="html" title and summary are HTML, so
// those get the text escaped; JSON Feed keeps plain text plain.
function itemFor(format: FeedFormat, release: Release, base: string): Item {
  const url = `${base}/news/${release.slug}`;
  const json = format === "json";
  // Control characters are dropped everywhere: XML cannot carry them, and
  // JSON readers would show them as junk.
  const text = xmlText;
  const question = release.question ? `<p><strong>Question:</strong> ${escapeHtml(release.question)}</p>` : "";
  const published = release.publishAt ?? release.updatedAt;
  return {
    title: json ? text(release.title) : cdataText(format === "atom" ? escapeHtml(release.title) : release.title),
    id: url,
    link: url,
    description: json ? text(release.summary) : cdataText(escapeHtml(release.summary)),
    content: json ? question + release.body : cdataText(question + release.body),
    // The newer of publication and last edit: a correction is an update.
    date: release.updatedAt > published ? release.updatedAt : published,
    published,
    // RSS 2.0's <author> must be an e-mail address; the byline goes in
    // dc:creator there instead.
    ...(format === "rss"
      ? { extensions: [{ name: "dc:creator", objects: { _text: xmlText(release.author.name) } }] }
      : { author: [{ name: text(release.author.name) }] }),
    // Atom's category label is an attribute the library does not escape
    // fully ("<" stays raw), so Atom carries the slug (a safe term) only.
    category: [format === "atom" ? { term: release.category.slug } : { name: text(release.category.name), term: release.category.slug }],
  };
}

// JSON Feed 1.1: the library writes version 1 with `author`; 1.1 names its
// version URL and lists `authors` (the old field stays for 1.0 readers).
function toJsonFeed11(json: string, siteName: string): string {
  const feed = JSON.parse(json) as Record<string, unknown> & { items: Array<Record<string, unknown>> };
  feed.version = "https://jsonfeed.org/version/1.1";
  feed.language = "en";
  feed.authors = [{ name: siteName }];
  for (const item of feed.items) if (item.author) item.authors = [item.author];
  return JSON.stringify(feed, null, 2);
}

// One feed document, or null when the category does not exist.
export async function buildFeed(format: FeedFormat, categorySlug: string | undefined, now: Date = new Date()): Promise<string | null> {
  const category = categorySlug ? await getPublicCategory(categorySlug) : null;
  if (categorySlug && !category) return null;
  const settings = await getPublicSettings();
  const releases = await listNewestPublicReleases({ categoryId: category?.id, limit: FEED_SIZE, now });
  const base = env().siteUrl;
  const slug = category?.slug;
  const title = category ? `${settings.siteName}: ${category.name}` : settings.siteName;
  const text = xmlText;
  const feed = new Feed({
    title: text(title),
    description: text(category?.description || settings.siteDescription),
    id: `${base}${slug ? `/news/category/${slug}` : "/"}`,
    link: `${base}${slug ? `/news/category/${slug}` : "/"}`,
    language: "en",
    copyright: text(settings.siteName),
    author: { name: text(settings.siteName), link: base },
    updated: releases.reduce<Date>((newest, r) => (r.updatedAt > newest ? r.updatedAt : newest), releases[0]?.publishAt ?? new Date(0)),
    generator: "Pressroom",
    feedLinks: { rss: `${base}${feedPath("rss", slug)}`, atom: `${base}${feedPath("atom", slug)}`, json: `${base}${feedPath("json", slug)}` },
  });
  for (const release of releases) feed.addItem(itemFor(format, release, base));
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return toJsonFeed11(feed.json1(), settings.siteName);
}

// The route handlers share this: the site's feeds pass no category.
export async function feedResponse(format: FeedFormat, categorySlug?: string): Promise<Response> {
  const body = await buildFeed(format, categorySlug);
  if (body === null) return new Response("No such category.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "content-type": CONTENT_TYPES[format] } });
}
