import { NextResponse, type NextRequest } from "next/server";
import { movedFeedPath } from "@/lib/server/feeds/feed-paths";
import { internalOrigin } from "@/lib/server/internal-origin";
import { checkOrigin, securityConfigFromEnv, securityHeaders } from "@/lib/server/security/policy";

// Security headers and the cross-origin write check on every request (the
// rules are in lib/server/security/policy.ts; access control lives in the data
// layer), then two jobs about the public site's cache:
// 1. `?page=N` on an archive address is rewritten into the path
//    (/news?page=3 → /news/page/3), so every archive page is a cached,
//    prerendered route instead of a per-request render of searchParams.
// 2. A withdrawn release's page answers HTTP 410. An App Router page cannot
//    set its own status, so the proxy serves the cached page's HTML with 410
//    when the slug is on the (cached) list of withdrawn releases.
const ARCHIVE = /^\/news(?:\/category\/[^/]+|\/archive\/\d{4}(?:\/\d{2})?)?$/;
const RELEASE = /^\/news\/([^/]+)$/;
const INTERNAL = "x-pressroom-internal";
const LIST_TTL_MS = 5_000;

let withdrawn: { at: number; slugs: Set<string> } | undefined;

async function withdrawnSlugs(origin: string): Promise<Set<string>> {
  if (withdrawn && Date.now() - withdrawn.at < LIST_TTL_MS) return withdrawn.slugs;
  try {
    const res = await fetch(`${origin}/news/withdrawn-slugs`, { headers: { [INTERNAL]: "1" }, cache: "no-store" });
    const data = (await res.json()) as { slugs?: unknown };
    const slugs = new Set(Array.isArray(data.slugs) ? data.slugs.filter((s): s is string => typeof s === "string") : []);
    withdrawn = { at: Date.now(), slugs };
    return slugs;
  } catch {
    return withdrawn?.slugs ?? new Set();
  }
}

async function publicSiteProxy(request: NextRequest): Promise<NextResponse> {
  if (request.headers.get(INTERNAL)) return NextResponse.next();
  const { pathname, searchParams } = request.nextUrl;

  const page = searchParams.get("page");
  if (page !== null && ARCHIVE.test(pathname)) {
    const url = request.nextUrl.clone();
    url.search = "";
    url.pathname = page === "1" ? pathname : `${pathname}/page/${encodeURIComponent(page)}`;
    return NextResponse.rewrite(url);
  }

  const match = RELEASE.exec(pathname);
  if (match && request.method === "GET" && match[1] !== "withdrawn-slugs") {
    const slug = decodeURIComponent(match[1] ?? "");
    const origin = internalOrigin(request.nextUrl.port);
    if ((await withdrawnSlugs(origin)).has(slug)) {
      const page = await fetch(`${origin}${pathname}`, { headers: { [INTERNAL]: "1" }, cache: "no-store" });
      return new NextResponse(page.body, { status: 410, headers: { "content-type": page.headers.get("content-type") ?? "text/html; charset=utf-8" } });
    }
  }
  return NextResponse.next();
}

const PUBLIC_SITE = /^\/news(\/|$)/;

export async function proxy(request: NextRequest) {
  const config = securityConfigFromEnv();
  const verdict = checkOrigin(config, {
    method: request.method,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
  });
  const { nonce, headers } = securityHeaders(config, {
    pathname: request.nextUrl.pathname,
    protocol: request.nextUrl.protocol,
    forwardedProto: request.headers.get("x-forwarded-proto"),
  });

  let response: NextResponse;
  // A category's feed moved from /feed.xml?category=slug to its own cached path.
  const movedFeed = movedFeedPath(request.nextUrl.pathname, request.nextUrl.searchParams.get("category"));
  if (movedFeed && verdict.allowed) {
    const url = request.nextUrl.clone();
    url.pathname = movedFeed;
    url.search = "";
    response = NextResponse.redirect(url, 308);
  } else if (!verdict.allowed) {
    response = NextResponse.json({ error: "Cross-origin request refused" }, { status: 403 });
  } else if (nonce) {
    // Next.js reads the nonce from the request's CSP header and stamps it on
    // the scripts it renders for this response.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else if (PUBLIC_SITE.test(request.nextUrl.pathname)) {
    response = await publicSiteProxy(request);
  } else {
    response = NextResponse.next();
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

// Everything except build assets (immutable, served with next.config.js
// headers) and /search. The search page is the public site's one page
// rendered per request, and passing through the proxy cost it about a sixth
// of its time (a search took 15–20% longer at 100,000 releases) for nothing
// the proxy does there but headers: next.config.js gives /search the same
// ones (from lib/server/security/headers.mjs). A request to /search that the
// cross-origin write check could refuse, one with an Origin or from another
// site, still comes here.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|search$).*)",
    { source: "/search", has: [{ type: "header", key: "origin" }] },
    { source: "/search", has: [{ type: "header", key: "sec-fetch-site", value: "cross-site" }] },
  ],
};
