import { feedPath } from "./feed-paths";

// The site feeds, advertised with <link rel="alternate">. Next merges metadata
// shallowly, so a page that sets its own `alternates` (a canonical address)
// must spread these types in too, or the links vanish from that page.
export const FEED_ALTERNATE_TYPES = {
  "application/rss+xml": [{ url: "/feed.xml", title: "RSS" }],
  "application/atom+xml": [{ url: "/atom.xml", title: "Atom" }],
  "application/feed+json": [{ url: "/feed.json", title: "JSON Feed" }],
};

// A category page advertises its own feeds before the site's.
export function categoryFeedAlternateTypes(slug: string, name: string) {
  return {
    "application/rss+xml": [{ url: feedPath("rss", slug), title: `${name} (RSS)` }, ...FEED_ALTERNATE_TYPES["application/rss+xml"]],
    "application/atom+xml": [{ url: feedPath("atom", slug), title: `${name} (Atom)` }, ...FEED_ALTERNATE_TYPES["application/atom+xml"]],
    "application/feed+json": [{ url: feedPath("json", slug), title: `${name} (JSON Feed)` }, ...FEED_ALTERNATE_TYPES["application/feed+json"]],
  };
}
