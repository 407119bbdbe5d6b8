// Security headers and the cross-origin write check, as pure functions so that
// proxy.ts stays thin and the rules can be unit-tested. No "server-only" import:
// proxy.ts runs before the React server graph, where that marker is not wired.
// The headers themselves and the reading of the environment are in
// headers.mjs, which next.config.js reads too.
import { responseHeaders, type SecurityConfig } from "./headers.mjs";

export { contentSecurityPolicy, securityConfigFromEnv, type SecurityConfig } from "./headers.mjs";

// The newsroom and the sign-in/setup pages are rendered per request, so each
// response can carry a fresh nonce that Next.js stamps on its own scripts.
const NONCE_PATHS = [/^\/admin(\/|$)/, /^\/login(\/|$)/, /^\/setup(\/|$)/];

export function needsNonce(pathname: string): boolean {
  return NONCE_PATHS.some((pattern) => pattern.test(pathname));
}

export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function isHttps(config: SecurityConfig, forwardedProto: string | null, requestProtocol: string): boolean {
  if (config.siteOrigin.startsWith("https://")) return true;
  if (requestProtocol === "https:") return true;
  return config.trustProxy && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}

export type SecurityHeaders = { nonce: string | null; headers: Record<string, string> };

export function securityHeaders(
  config: SecurityConfig,
  request: { pathname: string; protocol: string; forwardedProto: string | null },
  nonce: string | null = needsNonce(request.pathname) ? makeNonce() : null,
): SecurityHeaders {
  const https = isHttps(config, request.forwardedProto, request.protocol);
  return { nonce, headers: responseHeaders({ nonce, https, development: config.development }) };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE"]);

export type OriginVerdict = { allowed: true } | { allowed: false; reason: string };

// A state-changing request that a browser sends on behalf of another site
// carries that site's Origin (or "null"); refuse it. Requests without Origin
// (curl, the CLI, server-to-server) are not a cross-site forgery and pass;
// Sec-Fetch-Site catches the few browsers' cases where Origin is absent.
export function checkOrigin(
  config: SecurityConfig,
  request: { method: string; origin: string | null; secFetchSite: string | null },
): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { allowed: true };
  if (request.origin !== null) {
    if (request.origin === config.siteOrigin) return { allowed: true };
    return { allowed: false, reason: `Origin ${request.origin} is not ${config.siteOrigin}` };
  }
  if (request.secFetchSite === "cross-site") return { allowed: false, reason: "cross-site request without Origin" };
  return { allowed: true };
}
