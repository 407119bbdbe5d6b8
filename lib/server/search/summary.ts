import type { SearchPage } from "./search-releases";

// What the search page says about a result set, in words that stay true when
// the count stops at the cap.
const count = new Intl.NumberFormat("en-GB");

export function resultSummary(result: Pick<SearchPage, "total" | "capped">): string {
  if (result.capped) return `More than ${count.format(result.total)} results, most recent first`;
  return result.total === 1 ? "1 result" : `${count.format(result.total)} results`;
}

// Only when the count stopped at the cap: why later pages are missing.
export function capNote(result: Pick<SearchPage, "total" | "capped">): string | null {
  if (!result.capped) return null;
  return `Only the ${count.format(result.total)} most recent can be shown. Add words, or choose a category or a year, to narrow the search.`;
}
