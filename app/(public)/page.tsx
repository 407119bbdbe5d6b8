import type { Metadata } from "next";
import Link from "next/link";
import { ReleaseBody } from "@/components/public/release-body";
import { ReleaseList } from "@/components/public/release-list";
import { siteZone } from "@/lib/server/settings/site-zone";
import { getHomeData } from "@/lib/server/releases/public";
import { env } from "@/lib/server/env";
import { getPublicSettings } from "@/lib/server/settings/get-settings";
import { formatDotDate } from "@/lib/time/zones";
import { FEED_ALTERNATE_TYPES } from "@/lib/server/feeds/alternates";

// Cached and regenerated at most every 30 s, so a scheduled release appears by
// itself within a minute of its time; edits refresh it at once (revalidatePublicSite).
export const revalidate = 30;

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getPublicSettings();
  return {
    title: `${settings.siteDescription} — ${settings.siteName}`,
    description: `${settings.siteDescription} from the ${settings.siteName}.`,
    alternates: { canonical: `${env().siteUrl}/`, types: FEED_ALTERNATE_TYPES },
  };
}

export default async function HomePage() {
  const settings = await getPublicSettings();
  const zone = siteZone(settings);
  const { featured, latest } = await getHomeData(10);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="font-serif text-2xl font-bold">Press releases and news</h1>
      {featured ? (
        <section aria-labelledby="featured-title" className="mt-6 border-b border-rule pb-8" data-testid="featured">
          <p className="text-sm text-muted">
            <time dateTime={featured.publishAt.toISOString()}>{formatDotDate(featured.publishAt, zone)}</time> · {featured.category.name}
          </p>
          <h2 id="featured-title" className="mt-1 font-serif text-xl font-semibold">
            <Link className="text-ink underline decoration-rule hover:decoration-accent" href={`/news/${featured.slug}`}>
              {featured.title}
            </Link>
          </h2>
          <ReleaseBody release={featured} />
        </section>
      ) : (
        <p className="mt-6 text-muted">Nothing has been published yet.</p>
      )}
      <section aria-labelledby="latest-title" className="mt-8">
        <h2 id="latest-title" className="font-serif text-xl font-semibold">
          Latest events
        </h2>
        <ReleaseList items={latest} zone={zone} />
        <p className="mt-6">
          <Link className="font-semibold text-accent underline" href="/news">
            All messages
          </Link>
        </p>
      </section>
    </main>
  );
}
