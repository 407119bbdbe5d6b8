// Where the feeds live. The site's feeds are at the root; a category's feeds
// sit under its archive page, so each is a path of its own that can be
// prerendered and cached (a ?category= query would make it per request).
export type FeedFormat = "rss" | "atom" | "json";

const FILES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

export function feedPath(format: FeedFormat, categorySlug?: string): string {
  return categorySlug ? `/news/category/${encodeURIComponent(categorySlug)}/${FILES[format]}` : `/${FILES[format]}`;
}

// The old per-category address (/feed.xml?category=slug) and where it moved;
// null when the request is not one of those. proxy.ts answers it with 308.
export function movedFeedPath(pathname: string, category: string | null): string | null {
  if (!category) return null;
  const format = (Object.keys(FILES) as FeedFormat[]).find((f) => pathname === `/${FILES[f]}`);
  if (!format) return null;
  // Dots are encoded too, so "?category=.." cannot climb out of the path.
  return `/news/category/${encodeURIComponent(category).replace(/\./g, "%2E")}/${FILES[format]}`;
}
