/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  // Headers for every response, build assets included. The Content-Security-
  // Policy, HSTS and the cross-origin write check are per request: proxy.ts,
  // except on /search, which the proxy skips (see its matcher) and which gets
  // here the headers the proxy gives every public page.
  async headers() {
    const { responseHeaders } = await import("./lib/server/security/headers.mjs");
    const development = process.env.NODE_ENV === "development";
    const siteHttps = (process.env.SITE_URL ?? "").startsWith("https://");
    const trustProxy = ["true", "1"].includes(process.env.TRUST_PROXY ?? "");
    const forSearch = (https) => Object.entries(responseHeaders({ nonce: null, https, development })).map(([key, value]) => ({ key, value }));
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      { source: "/search", headers: forSearch(siteHttps) },
      // Behind a trusted proxy that says the request came over HTTPS (the first of its list).
      ...(trustProxy && !siteHttps
        ? [{ source: "/search", has: [{ type: "header", key: "x-forwarded-proto", value: "(?:[Hh][Tt][Tt][Pp][Ss])(?:\\s*,.*)?" }], headers: forSearch(true) }]
        : []),
    ];
  },
};

module.exports = nextConfig;
