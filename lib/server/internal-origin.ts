// Where the server reaches itself: the port `next start` listens on, over the
// loopback interface, never through a proxy in front of it. The proxy fetches
// cached pages this way (proxy.ts), and so does the search page its frame
// (lib/server/search/search-frame.ts).
export function internalOrigin(requestPort?: string): string {
  return `http://127.0.0.1:${process.env.PORT || requestPort || "3000"}`;
}
