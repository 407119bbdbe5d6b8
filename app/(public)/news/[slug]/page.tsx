import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { ReleaseArticle } from "@/components/public/release-article";
import { ReleaseJsonLd } from "@/components/public/release-json-ld";
import { socialImageUrl } from "@/lib/server/feeds/release-metadata";
import { siteZone } from "@/lib/server/settings/site-zone";
import { findPublicRelease as findUncached, getAdjacentReleases } from "@/lib/server/releases/public";
import { env } from "@/lib/server/env";
import { getPublicSettings } from "@/lib/server/settings/get-settings";
import { formatDateTime, formatDotDate } from "@/lib/time/zones";
import { FEED_ALTERNATE_TYPES } from "@/lib/server/feeds/alternates";

// Rendered on first visit, then cached; regenerated at most every 30 s and at
// once after any newsroom change (revalidatePublicSite).
export const revalidate = 30;

// generateMetadata and the page look the release up once per render.
const findPublicRelease = cache((slug: string) => findUncached(slug));

type Params = { params: Promise<{ slug: string }> };

export function generateStaticParams(): { slug: string }[] {
  return [];
}

// The one place this page's metadata is built: feeds and JSON-LD extend it here.
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const found = await findPublicRelease(slug);
  const settings = await getPublicSettings();
  if (found.kind === "withdrawn") return { title: `Withdrawn: ${found.title}`, robots: { index: false } };
  if (found.kind !== "public") return { title: "Page not found" };
  const release = found.release;
  const url = `${env().siteUrl}/news/${release.slug}`;
  const description = release.summary || release.title;
  return {
    title: `${release.title} — ${settings.siteName}`,
    description,
    alternates: { canonical: url, types: FEED_ALTERNATE_TYPES },
    openGraph: {
      type: "article",
      url,
      title: release.title,
      description,
      siteName: settings.siteName,
      publishedTime: release.publishAt.toISOString(),
      modifiedTime: release.updatedAt.toISOString(),
      section: release.category.name,
      authors: [release.author.name],
      images: [{ url: socialImageUrl(release.slug), width: 1200, height: 630, alt: release.title }],
    },
    twitter: { card: "summary_large_image", title: release.title, description, images: [socialImageUrl(release.slug)] },
  };
}

export default async function ReleasePage({ params }: Params) {
  const { slug } = await params;
  const found = await findPublicRelease(slug);
  if (found.kind === "moved") permanentRedirect(`/news/${found.slug}`);
  if (found.kind === "missing") notFound();
  const settings = await getPublicSettings();
  const zone = siteZone(settings);

  if (found.kind === "withdrawn") {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="font-serif text-2xl font-bold">This release has been withdrawn</h1>
        <p className="mt-4">
          “{found.title}”{found.publishAt ? `, first published on ${formatDotDate(found.publishAt, zone)},` : ""} was withdrawn on{" "}
          {found.withdrawnAt ? <time dateTime={found.withdrawnAt.toISOString()}>{formatDateTime(found.withdrawnAt, zone)}</time> : "an unknown date"}.
        </p>
        {found.reason ? (
          <p className="mt-2">
            <span className="font-semibold">Reason: </span>
            {found.reason}
          </p>
        ) : null}
        <p className="mt-6">
          <Link className="text-accent underline" href="/news">
            All messages
          </Link>
        </p>
      </main>
    );
  }

  const release = found.release;
  const { older, newer } = await getAdjacentReleases(release);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <ReleaseJsonLd
        url={`${env().siteUrl}/news/${release.slug}`}
        title={release.title}
        summary={release.summary}
        publishedAt={release.publishAt}
        updatedAt={release.updatedAt}
        authorName={release.author.name}
        siteName={settings.siteName}
        imageUrl={socialImageUrl(release.slug)}
      />
      <ReleaseArticle release={release} zone={zone} siteUrl={env().siteUrl} />
      <nav aria-label="More releases" className="mt-10 grid gap-4 border-t border-rule pt-4 text-sm sm:grid-cols-2 print:hidden">
        <div>
          {newer ? (
            <Link className="text-accent underline" rel="next" href={`/news/${newer.slug}`}>
              ← Newer: {newer.title}
            </Link>
          ) : null}
        </div>
        <div className="sm:text-right">
          {older ? (
            <Link className="text-accent underline" rel="prev" href={`/news/${older.slug}`}>
              Older: {older.title} →
            </Link>
          ) : null}
        </div>
      </nav>
    </main>
  );
}
