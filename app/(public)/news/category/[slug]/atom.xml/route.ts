import { feedResponse } from "@/lib/server/feeds/build-feed";
import { listCategorySlugs } from "@/lib/server/feeds/public-releases";

// One category's feed: prerendered for every category at build, rendered on
// first request for a category made later, then cached like the site's feeds.
export const revalidate = 30;

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return (await listCategorySlugs()).map((slug) => ({ slug }));
}

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  return feedResponse("atom", slug);
}
