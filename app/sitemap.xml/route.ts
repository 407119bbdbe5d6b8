import { env } from "@/lib/server/env";
import { listSitemapParts, sitemapIndexXml } from "@/lib/server/feeds/sitemap";

// The sitemap index that robots.txt names, listing the files of app/sitemap.ts.
export const revalidate = 30;

export async function GET(): Promise<Response> {
  const parts = await listSitemapParts();
  return new Response(sitemapIndexXml(parts, env().siteUrl), { headers: { "content-type": "application/xml; charset=utf-8" } });
}
