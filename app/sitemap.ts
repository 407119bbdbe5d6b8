import type { MetadataRoute } from "next";
import { env } from "@/lib/server/env";
import { listSitemapEntries } from "@/lib/server/feeds/public-releases";

export const revalidate = 300;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = env().siteUrl;
  const { releases, categories } = await listSitemapEntries();
  const newest = releases[0]?.updatedAt;
  const lastByCategory = new Map<string, Date>();
  for (const r of releases) if (!lastByCategory.has(r.category.slug)) lastByCategory.set(r.category.slug, r.updatedAt);
  return [
    { url: `${base}/`, lastModified: newest, changeFrequency: "hourly" },
    { url: `${base}/news`, lastModified: newest, changeFrequency: "hourly" },
    ...categories.map((c) => ({ url: `${base}/news/category/${c.slug}`, lastModified: lastByCategory.get(c.slug) })),
    ...releases.map((r) => ({ url: `${base}/news/${r.slug}`, lastModified: r.updatedAt })),
  ];
}
