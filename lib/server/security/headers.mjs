// The security headers of a response, as plain JavaScript so that both
// policy.ts (for proxy.ts) and next.config.js (for /search, which the proxy
// skips, see proxy.ts) read the same rules. Types: headers.d.mts.

/** @param {Record<string, string | undefined>} source */
export function securityConfigFromEnv(source = process.env) {
  let siteOrigin = "http://localhost:3000";
  try {
    if (source.SITE_URL) siteOrigin = new URL(source.SITE_URL).origin;
  } catch {
    // env() reports a malformed SITE_URL; keep the default here.
  }
  const trust = source.TRUST_PROXY;
  return { siteOrigin, trustProxy: trust === "true" || trust === "1", development: source.NODE_ENV === "development" };
}

/** @param {{ nonce: string | null; https: boolean; development: boolean }} input */
export function contentSecurityPolicy({ nonce, https, development }) {
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

/** @param {{ nonce: string | null; https: boolean; development: boolean }} input */
export function responseHeaders({ nonce, https, development }) {
  /** @type {Record<string, string>} */
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy({ nonce, https, development }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
  // Only over HTTPS: on plain HTTP the header is ignored by browsers, and
  // sending it from a test server on localhost would pin that name to HTTPS.
  if (https) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}

// next.config.js's header rules for a path the proxy skips: what the proxy
// gives a public page (no nonce), HTTPS's when the site is https or, behind a
// trusted proxy, when the first X-Forwarded-Proto entry says https (as
// isHttps in policy.ts reads it).
/** @param {string} source @param {Record<string, string | undefined>} env */
export function headerRulesWithoutProxy(source, env = process.env) {
  const config = securityConfigFromEnv(env);
  const siteHttps = config.siteOrigin.startsWith("https://");
  /** @param {boolean} https */
  const list = (https) => Object.entries(responseHeaders({ nonce: null, https, development: config.development })).map(([key, value]) => ({ key, value }));
  const rules = [{ source, headers: list(siteHttps) }];
  if (config.trustProxy && !siteHttps) {
    rules.push({ source, has: [{ type: "header", key: "x-forwarded-proto", value: "[Hh][Tt][Tt][Pp][Ss](?:\\s*,.*)?" }], headers: list(true) });
  }
  return rules;
}
