import "server-only";
import type { Metadata } from "next";
import { env } from "../env";

// OpenGraph and Twitter card metadata for a public release page; the page's
// generateMetadata spreads this in. The image is drawn by /api/og/[slug].
export function releaseSocialMetadata(release: { slug: string; title: string; summary: string; publishAt: Date | null; updatedAt: Date }, siteName: string): Metadata {
  const base = env().siteUrl;
  const url = `${base}/news/${release.slug}`;
  const image = { url: `${base}/api/og/${encodeURIComponent(release.slug)}`, width: 1200, height: 630, alt: release.title };
  return {
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      siteName,
      title: release.title,
      description: release.summary,
      publishedTime: release.publishAt?.toISOString(),
      modifiedTime: release.updatedAt.toISOString(),
      images: [image],
    },
    twitter: { card: "summary_large_image", title: release.title, description: release.summary, images: [image.url] },
  };
}

export function socialImageUrl(slug: string): string {
  return `${env().siteUrl}/api/og/${encodeURIComponent(slug)}`;
}
