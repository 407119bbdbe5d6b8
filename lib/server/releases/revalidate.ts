import "server-only";
import { revalidatePath } from "next/cache";

// Public pages are served from Next's cache. Any change to what the public can
// see (publish, edit, withdraw, settings, categories, authors) refreshes every
// public page: the archive is interlinked (home, lists, months, prev/next), so
// a narrower rule would miss pages, and regeneration is on demand, page by page.
export function revalidatePublicSite(): void {
  try {
    revalidatePath("/", "layout");
  } catch (error) {
    // Outside a Next request (scripts, tests) there is no cache to refresh.
    if (!(error instanceof Error) || !/static generation store|outside a request scope|Invariant/i.test(error.message)) throw error;
  }
}
