import "server-only";
import { listPublicCategories } from "../releases/public";
import { getPublicSettings } from "../settings/get-settings";
import { siteZone } from "../settings/site-zone";
import { partsInZone } from "@/lib/time/zones";
import { searchGate } from "./gate";
import { composePage, searchFrame } from "./search-frame";
import { escapeHtml } from "@/lib/content/escape";
import { searchMainHtml } from "./search-html";
import { searchParamsSchema, searchPublicReleases } from "./search-releases";

/** The years the search form offers: this one in the site's zone and the 14 before it. */
export function searchYears(zone: string, now: Date = new Date()): number[] {
  const thisYear = partsInZone(now, zone).year;
  return Array.from({ length: 15 }, (_, i) => thisYear - i);
}

export type SearchResponse = { status: number; html: string };

/** What the search page says when it cannot search. */
export const SEARCH_UNAVAILABLE = "Search is not available just now. Please try again in a minute.";

/** The public search page for a query string (GET /search). */
export async function renderSearchPage(query: URLSearchParams): Promise<SearchResponse> {
  const value = (name: string) => query.get(name) || undefined;
  const params = searchParamsSchema.parse({ q: query.get("q") ?? "", category: value("category"), year: value("year"), page: query.get("page") ?? 1 });
  const frame = await searchFrame();
  const words = params.q.trim() !== "";
  // A search waits for its turn (see the gate); a page without words does not.
  const leave = words ? await searchGate().enter() : undefined;
  try {
    const [categories, settings, result] = await Promise.all([listPublicCategories(), getPublicSettings(), words ? searchPublicReleases(params) : null]);
    // Dates and years are the site's, as everywhere on the site.
    const zone = siteZone(settings);
    const html = searchMainHtml({ params, result, categories, years: searchYears(zone), zone });
    const title = words ? `“${escapeHtml(params.q.trim())}” — ${frame.title}` : frame.title;
    return { status: 200, html: composePage(frame, title, html) };
  } catch (error) {
    console.error(`[pressroom] a search failed: ${error instanceof Error ? error.message : String(error)}`);
    const html = `<h1 class="text-2xl font-bold">Search</h1><p class="mt-4">${SEARCH_UNAVAILABLE}</p>`;
    return { status: 503, html: composePage(frame, frame.title, html) };
  } finally {
    leave?.();
  }
}
