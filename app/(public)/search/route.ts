import type { NextRequest } from "next/server";
import { renderSearchPage, SEARCH_UNAVAILABLE } from "@/lib/server/search/search-page";

// The public search page. A route handler rather than a page: the search's
// form and results are written into the cached public frame
// (lib/server/search/search-frame.ts), which costs half the processor time of
// rendering a page per request (README "Performance"). It reads only public
// releases and needs no session; its security headers come from
// next.config.js, as the proxy skips this path.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const headers = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" };
  try {
    const { status, html } = await renderSearchPage(request.nextUrl.searchParams);
    return new Response(html, { status, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
  } catch (error) {
    // Only when this server could not give the page its frame since it started.
    console.error(`[pressroom] the search page has no frame: ${error instanceof Error ? error.message : String(error)}`);
    return new Response(`${SEARCH_UNAVAILABLE}\n`, {
      status: 503,
      headers: { ...headers, "content-type": "text/plain; charset=utf-8", "retry-after": "30" },
    });
  }
}
