import "server-only";
import { siteZone } from "@/lib/server/settings/site-zone";
import { z } from "@/lib/schemas/messages";
import { yearRange } from "@/lib/time/zones";
import { type Actor, assertCan } from "../auth/permissions";
import { getPublicSettings, getSettings, type SiteSettings } from "../settings/get-settings";
import { MATCH_CAP, runSearch } from "./engine";
import { isEmptySearch, parseSearchTerms } from "./terms";
import { type SnippetPart, snippetParts } from "./snippet";

export const PAGE_SIZE = 10;

export const searchParamsSchema = z.object({
  q: z.string().max(500).catch(""),
  category: z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

export type SearchHit = {
  id: string;
  slug: string;
  title: string;
  status: string;
  publishAt: Date | null;
  category: { name: string; slug: string };
  snippet: SnippetPart[];
};
// `total` is exact unless `capped`: then more than `total` releases match,
// and only the first `total` (MATCH_CAP) of them, most recent first, can be
// paged through; `order` says how the hits are sorted.
export type SearchPage = { hits: SearchHit[]; total: number; capped: boolean; order: "relevance" | "recent"; page: number; pageCount: number };
export { MATCH_CAP };

// `settings` is read only for a year filter: a year of the site's calendar.
async function search(params: SearchParams, publicAt: Date | null, settings: () => Promise<SiteSettings>): Promise<SearchPage> {
  const terms = parseSearchTerms(params.q);
  if (isEmptySearch(terms)) return { hits: [], total: 0, capped: false, order: "relevance", page: 1, pageCount: 0 };
  const { rows, total, capped, order } = await runSearch(terms, {
    publicAt,
    categorySlug: params.category,
    published: params.year ? yearRange(params.year, siteZone(await settings())) : undefined,
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
  });
  return {
    hits: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status,
      publishAt: r.publishAt,
      category: { name: r.categoryName, slug: r.categorySlug },
      snippet: snippetParts(r.snippet),
    })),
    total,
    capped,
    order,
    page: params.page,
    pageCount: Math.ceil(total / PAGE_SIZE),
  };
}

// The public site: only what is public at `now` (the visibility rule).
export async function searchPublicReleases(params: SearchParams, now: Date = new Date()): Promise<SearchPage> {
  return search(params, now, getPublicSettings);
}

// The newsroom: every status, drafts included, for signed-in staff only.
export async function searchNewsroomReleases(actor: Actor | null, q: string, options: Partial<Omit<SearchParams, "q">> = {}): Promise<SearchPage> {
  assertCan(actor, "newsroom:enter");
  return search({ q, page: options.page ?? 1, category: options.category, year: options.year }, null, getSettings);
}

// The newsroom's release list: ids of every release (drafts included) that
// match, best first, bounded so one broad word cannot fetch the whole archive.
export const NEWSROOM_MATCH_LIMIT = 500;

export async function findNewsroomReleaseIds(actor: Actor | null, q: string): Promise<string[]> {
  assertCan(actor, "newsroom:enter");
  const terms = parseSearchTerms(q);
  if (isEmptySearch(terms)) return [];
  const { rows } = await runSearch(terms, { publicAt: null, limit: NEWSROOM_MATCH_LIMIT, offset: 0, snippets: false });
  return rows.map((row) => row.id);
}
