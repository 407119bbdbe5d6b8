// The security headers of a response, as plain JavaScript so that both
// policy.ts (for proxy.ts) and next.config.js (for /search, which the proxy
// skips, see proxy.ts) read the same rules. Types: headers.d.mts.

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
