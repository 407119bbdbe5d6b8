import { NextResponse, type NextRequest } from "next/server";
import { checkOrigin, securityConfigFromEnv, securityHeaders } from "@/lib/server/security/policy";

// Security headers for every page and route, and the refusal of state-changing
// requests from other origins. Access control does not live here: every
// data-layer call checks the actor itself.
export function proxy(request: NextRequest) {
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

  if (!verdict.allowed) {
    const refused = NextResponse.json({ error: "Cross-origin request refused" }, { status: 403 });
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    return refused;
  }

  let response: NextResponse;
  if (nonce) {
    // Next.js reads the nonce from the request's CSP header and stamps it on
    // the scripts it renders for this response.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    response = NextResponse.next();
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything except build assets (immutable, served with next.config.js headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
