import { feedResponse } from "@/lib/server/feeds/build-feed";

// Cached and regenerated at most every 30 s, and at once when the newsroom
// changes what the public sees (revalidatePublicSite). A category's feed is
// /news/category/<slug>/atom.xml; the old ?category= address is redirected there by proxy.ts.
export const revalidate = 30;

export async function GET(): Promise<Response> {
  return feedResponse("atom");
}
