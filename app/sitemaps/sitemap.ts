import type { MetadataRoute } from "next";
import { listSitemapParts } from "@/lib/server/feeds/sitemap";

// The files /sitemaps/sitemap/0.xml, /sitemaps/sitemap/1.xml …, listed by the
// index at /sitemap.xml (app/sitemap.xml/route.ts). Next writes no index for
// generateSitemaps, and an app/sitemap.ts here would claim /sitemap.xml itself
// (the build refuses it beside a /sitemap.xml route), hence this folder.
// Cached like the public pages and refreshed by revalidatePublicSite().
export const revalidate = 30;

export async function generateSitemaps(): Promise<{ id: number }[]> {
  return (await listSitemapParts()).map((_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const parts = await listSitemapParts();
  return parts[Number(await props.id)] ?? [];
}
