import "server-only";
import type { SearchPage, SearchParams } from "./search-releases";
import { capNote, resultSummary } from "./summary";
import { escapeHtml } from "@/lib/content/escape";
import { formatDotDate } from "@/lib/time/zones";

// The search page's own part (inside <main>) as HTML text. The search page is
// the public site's one page made per request, and it is answered by a route
// handler that writes this into the cached public frame (search-frame.ts)
// instead of by Next.js's page renderer, which cost twice the processor time
// of the whole search (README "Performance"). So everything here is escaped
// by hand: each value goes through `escapeHtml`, and a test feeds it markup.

export type SearchView = {
  params: SearchParams;
  /** Null when there are no words to search for. */
  result: SearchPage | null;
  categories: ReadonlyArray<{ slug: string; name: string }>;
  years: readonly number[];
  zone: string;
};

export function searchHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.category) query.set("category", params.category);
  if (params.year) query.set("year", String(params.year));
  if (page > 1) query.set("page", String(page));
  return `/search?${query.toString()}`;
}

const option = (value: string, label: string, chosen: boolean) =>
  `<option value="${escapeHtml(value)}"${chosen ? " selected" : ""}>${escapeHtml(label)}</option>`;

function form({ params, categories, years }: SearchView): string {
  const year = params.year ? String(params.year) : "";
  return (
    `<form role="search" action="/search" class="mt-4 flex flex-wrap items-end gap-3">` +
    `<label class="flex flex-col text-sm">Search for<input name="q" type="search" value="${escapeHtml(params.q)}" class="mt-1 w-72 border border-rule px-2 py-1"/></label>` +
    `<label class="flex flex-col text-sm">Category<select name="category" class="mt-1 border border-rule px-2 py-1">` +
    option("", "All categories", !params.category) +
    categories.map((c) => option(c.slug, c.name, c.slug === params.category)).join("") +
    `</select></label>` +
    `<label class="flex flex-col text-sm">Year<select name="year" class="mt-1 border border-rule px-2 py-1">` +
    option("", "Any year", year === "") +
    years.map((y) => option(String(y), String(y), String(y) === year)).join("") +
    `</select></label>` +
    `<button type="submit" class="bg-accent px-4 py-1 text-white">Search</button>` +
    `</form>`
  );
}

function results(view: SearchView, result: SearchPage): string {
  const { params, zone } = view;
  if (result.total === 0) return `<p>No public releases match “${escapeHtml(params.q)}”.</p>`;
  let html = `<p class="text-muted">${escapeHtml(resultSummary(result))}</p>`;
  const note = capNote(result);
  if (note) html += `<p class="text-sm text-muted">${escapeHtml(note)}</p>`;
  if (result.hits.length === 0) {
    html +=
      `<p class="mt-4">There is no page ${result.page}: the results end on page ${result.pageCount}. ` +
      `<a href="${escapeHtml(searchHref(params, result.pageCount))}">Go to page ${result.pageCount}</a></p>`;
    return html;
  }
  html += `<ol class="mt-4 space-y-5">`;
  for (const hit of result.hits) {
    const date = hit.publishAt ? formatDotDate(hit.publishAt, zone) : "";
    const snippet = hit.snippet.map((part) => (part.match ? `<mark>${escapeHtml(part.text)}</mark>` : escapeHtml(part.text))).join("");
    html +=
      `<li><p class="text-sm text-muted">${escapeHtml(date)} · ${escapeHtml(hit.category.name)}</p>` +
      `<h2 class="text-lg font-semibold"><a href="/news/${encodeURIComponent(hit.slug)}">${escapeHtml(hit.title)}</a></h2>` +
      `<p>${snippet}</p></li>`;
  }
  html += `</ol>`;
  if (result.pageCount > 1) {
    html += `<nav aria-label="Search result pages" class="mt-6 flex gap-4">`;
    if (result.page > 1) html += `<a href="${escapeHtml(searchHref(params, result.page - 1))}">Previous page</a>`;
    html += `<span>Page ${result.page} of ${result.pageCount}</span>`;
    if (result.page < result.pageCount) html += `<a href="${escapeHtml(searchHref(params, result.page + 1))}">Next page</a>`;
    html += `</nav>`;
  }
  return html;
}

/** What goes inside the search page's <main>: heading, form and results. */
export function searchMainHtml(view: SearchView): string {
  const found = view.result && view.params.q.trim() !== "" ? results(view, view.result) : "";
  return `<h1 class="text-2xl font-bold">Search</h1>${form(view)}<section aria-live="polite" class="mt-6">${found}</section>`;
}
