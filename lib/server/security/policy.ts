// Security headers and the cross-origin write check, as pure functions so that
// proxy.ts stays thin and the rules can be unit-tested. No "server-only" import:
// proxy.ts runs before the React server graph, where that marker is not wired.

export type SecurityConfig = {
  /** Public origin of the site, from SITE_URL (e.g. "https://press.example.org"). */
  siteOrigin: string;
  /** TRUST_PROXY: believe X-Forwarded-Proto from the reverse proxy in front. */
  trustProxy: boolean;
  /** NODE_ENV === "development": React needs eval and Next's dev server a websocket. */
  development: boolean;
};

export function securityConfigFromEnv(source: Record<string, string | undefined> = process.env): SecurityConfig {
  let siteOrigin = "http://localhost:3000";
  try {
    if (source.SITE_URL) siteOrigin = new URL(source.SITE_URL).origin;
  } catch {
    // env() reports a malformed SITE_URL; keep the default here.
  }
  const trust = source.TRUST_PROXY;
  return { siteOrigin, trustProxy: trust === "true" || trust === "1", development: source.NODE_ENV === "development" };
}

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

type CspInput = { nonce: string | null; https: boolean; development: boolean };

export function contentSecurityPolicy({ nonce, https, development }: CspInput): string {
  const eval_ = development ? " 'unsafe-eval'" : "";
  // With a nonce: only scripts Next.js rendered for this response run, and
  // whatever they load ('strict-dynamic'); 'self' is ignored by browsers that
  // know 'strict-dynamic' and is a fallback for the ones that do not.
  // Without (cached public pages): Next.js inlines its flight data as
  // <script>self.__next_f.push(...)</script>, whose text differs per page and
  // per build, and the header is chosen before the cached HTML is read, so
  // neither a nonce nor a hash can name them. See README "Security".
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${eval_}` : `'self' 'unsafe-inline'${eval_}`;
  const directives = [
    "default-src 'self'",
    `script-src ${script}`,
    // Inline styles (React style props, the editor's injected stylesheet) cannot run script.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export type SecurityHeaders = { nonce: string | null; headers: Record<string, string> };

export function securityHeaders(
  config: SecurityConfig,
  request: { pathname: string; protocol: string; forwardedProto: string | null },
  nonce: string | null = needsNonce(request.pathname) ? makeNonce() : null,
): SecurityHeaders {
  const https = isHttps(config, request.forwardedProto, request.protocol);
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, https, development: config.development }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
  // Only over HTTPS: on plain HTTP the header is ignored by browsers, and
  // sending it from a test server on localhost would pin that name to HTTPS.
  if (https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return { nonce, headers };
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
