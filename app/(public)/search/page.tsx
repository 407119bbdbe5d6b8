import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { siteZone } from "@/lib/server/settings/site-zone";
import { listPublicCategories } from "@/lib/server/releases/public";
import { searchGate } from "@/lib/server/search/gate";
import { searchParamsSchema, searchPublicReleases, type SearchParams } from "@/lib/server/search/search-releases";
import { capNote, resultSummary } from "@/lib/server/search/summary";
import { getPublicSettings } from "@/lib/server/settings/get-settings";
import { formatDotDate, partsInZone } from "@/lib/time/zones";

export const metadata: Metadata = { title: "Search", robots: { index: false } };

function pageHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.category) query.set("category", params.category);
  if (params.year) query.set("year", String(params.year));
  if (page > 1) query.set("page", String(page));
  return `/search?${query.toString()}`;
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const params = searchParamsSchema.parse({ q: first(raw.q) ?? "", category: first(raw.category) || undefined, year: first(raw.year) || undefined, page: first(raw.page) ?? 1 });
  // A search waits for its turn (see the gate) and gives it up once the
  // response has been sent, not when this function returns: most of the
  // work, rendering the page, comes after.
  if (params.q.trim() !== "") after(await searchGate().enter());
  const [categories, result, settings] = await Promise.all([listPublicCategories(), searchPublicReleases(params), getPublicSettings()]);
  // Dates and years are the site's, as everywhere on the site.
  const zone = siteZone(settings);
  const thisYear = partsInZone(new Date(), zone).year;
  const years = Array.from({ length: 15 }, (_, i) => thisYear - i);

  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Search</h1>
      <form role="search" action="/search" className="mt-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-sm">
          Search for
          <input name="q" type="search" defaultValue={params.q} className="mt-1 w-72 border border-rule px-2 py-1" />
        </label>
        <label className="flex flex-col text-sm">
          Category
          <select name="category" defaultValue={params.category ?? ""} className="mt-1 border border-rule px-2 py-1">
            <option value="">All categories</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>{c.name}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          Year
          <select name="year" defaultValue={params.year ? String(params.year) : ""} className="mt-1 border border-rule px-2 py-1">
            <option value="">Any year</option>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="bg-accent px-4 py-1 text-white">Search</button>
      </form>

      <section aria-live="polite" className="mt-6">
        {params.q.trim() === "" ? null : result.total === 0 ? (
          <p>No public releases match “{params.q}”.</p>
        ) : (
          <>
            <p className="text-muted">{resultSummary(result)}</p>
            {result.capped ? <p className="text-sm text-muted">{capNote(result)}</p> : null}
            {result.hits.length === 0 ? (
              <p className="mt-4">
                There is no page {result.page}: the results end on page {result.pageCount}.{" "}
                <Link href={pageHref(params, result.pageCount)}>Go to page {result.pageCount}</Link>
              </p>
            ) : (
              <ol className="mt-4 space-y-5">
                {result.hits.map((hit) => (
                  <li key={hit.id}>
                    <p className="text-sm text-muted">
                      {hit.publishAt ? formatDotDate(hit.publishAt, zone) : ""} · {hit.category.name}
                    </p>
                    <h2 className="text-lg font-semibold">
                      {/* A plain link: ten results would otherwise each prefetch a release page. */}
                      <a href={`/news/${hit.slug}`}>{hit.title}</a>
                    </h2>
                    <p>{hit.snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}</p>
                  </li>
                ))}
              </ol>
            )}
            {result.pageCount > 1 && result.hits.length > 0 ? (
              <nav aria-label="Search result pages" className="mt-6 flex gap-4">
                {result.page > 1 ? <Link href={pageHref(params, result.page - 1)}>Previous page</Link> : null}
                <span>Page {result.page} of {result.pageCount}</span>
                {result.page < result.pageCount ? <Link href={pageHref(params, result.page + 1)}>Next page</Link> : null}
              </nav>
            ) : null}
          </>
        )}
      </section>
    </main>
  );
}
