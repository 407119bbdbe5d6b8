// The site feeds, advertised with <link rel="alternate">. Next merges metadata
// shallowly, so a page that sets its own `alternates` (a canonical address)
// must spread these types in too, or the links vanish from that page.
export const FEED_ALTERNATE_TYPES = {
  "application/rss+xml": [{ url: "/feed.xml", title: "RSS" }],
  "application/atom+xml": [{ url: "/atom.xml", title: "Atom" }],
  "application/feed+json": [{ url: "/feed.json", title: "JSON Feed" }],
};
