import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { countPublicChange, PUBLIC_DATA_TAG } from "../public-data-cache";

// Public pages are served from Next's cache. Any change to what the public can
// see (publish, edit, withdraw, settings, categories, authors) refreshes every
// public page: the archive is interlinked (home, lists, months, prev/next), so
// a narrower rule would miss pages, and regeneration is on demand, page by page.
// The data they share (settings, categories, the archive's page index; see
// ../public-data-cache.ts) expires at once with them, so the next page
// rendered reads it afresh.
export function revalidatePublicSite(): void {
  countPublicChange();
  try {
    revalidateTag(PUBLIC_DATA_TAG, { expire: 0 });
    revalidatePath("/", "layout");
  } catch (error) {
    // Outside a Next request (scripts, tests) there is no cache to refresh.
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
