import "server-only";
import { Feed } from "feed";
import { env } from "../env";
import { getSettings } from "../settings/get-settings";
import { getPublicCategory, listNewestPublicReleases } from "./public-releases";

export const FEED_SIZE = 50;
export type FeedFormat = "rss" | "atom" | "json";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

function siteUrl(): string {
  return env().siteUrl;
}

// Builds one feed document, or null when the category does not exist.
export async function buildFeed(format: FeedFormat, categorySlug: string | undefined, now: Date = new Date()): Promise<string | null> {
  const category = categorySlug ? await getPublicCategory(categorySlug) : null;
  if (categorySlug && !category) return null;
  const settings = await getSettings();
  const releases = await listNewestPublicReleases({ categorySlug, limit: FEED_SIZE, now });
  const base = siteUrl();
  const query = category ? `?category=${encodeURIComponent(category.slug)}` : "";
  const feed = new Feed({
    title: category ? `${settings.siteName}: ${category.name}` : settings.siteName,
    description: category?.description || settings.siteDescription,
    id: `${base}/${query}`,
    link: base,
    language: "en",
    copyright: settings.siteName,
    updated: releases[0]?.publishAt ?? new Date(0),
    generator: "Pressroom",
    feedLinks: { rss: `${base}/feed.xml${query}`, atom: `${base}/atom.xml${query}`, json: `${base}/feed.json${query}` },
  });
  for (const release of releases) {
    const url = `${base}/news/${release.slug}`;
    const question = release.question ? `<p><strong>Question:</strong> ${escapeHtml(release.question)}</p>` : "";
    feed.addItem({
      title: release.title,
      id: url,
      link: url,
      description: release.summary,
      content: question + release.body,
      date: release.publishAt ?? release.updatedAt,
      published: release.publishAt ?? undefined,
      author: [{ name: release.author.name }],
      category: [{ name: release.category.name, term: release.category.slug }],
    });
  }
  return format === "rss" ? feed.rss2() : format === "atom" ? feed.atom1() : feed.json1();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// The three route handlers share this. A feed per category is the same
// address with ?category=<slug>.
export async function feedResponse(format: FeedFormat, request: Request): Promise<Response> {
  const category = new URL(request.url).searchParams.get("category") ?? undefined;
  const body = await buildFeed(format, category || undefined);
  if (body === null) return new Response("No such category.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(body, {
    headers: { "content-type": CONTENT_TYPES[format], "cache-control": "public, max-age=300, s-maxage=300" },
  });
}
