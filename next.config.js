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
    const { headerRulesWithoutProxy } = await import("./lib/server/security/headers.mjs");
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      ...headerRulesWithoutProxy("/search"),
    ];
  },
};

module.exports = nextConfig;
