import type { Metadata } from "next";
import { listPublicCategories } from "@/lib/server/releases/public";
import { searchYears } from "@/lib/server/search/search-page";
import { searchMainHtml } from "@/lib/server/search/search-html";
import { getPublicSettings } from "@/lib/server/settings/get-settings";
import { siteZone } from "@/lib/server/settings/site-zone";

// The search page's frame (lib/server/search/search-frame.ts): a cached public
// page with an empty search form, into which /search writes each search. Read
// on its own, it is the search page before a search.
export const revalidate = 30;

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getPublicSettings();
  return { title: `Search — ${settings.siteName}`, robots: { index: false } };
}

export default async function SearchFramePage() {
  const [settings, categories] = await Promise.all([getPublicSettings(), listPublicCategories()]);
  const zone = siteZone(settings);
  const html = searchMainHtml({ params: { q: "", page: 1 }, result: null, categories, years: searchYears(zone), zone });
  return <main id="main" className="mx-auto max-w-4xl px-4 py-8" dangerouslySetInnerHTML={{ __html: html }} />;
}
