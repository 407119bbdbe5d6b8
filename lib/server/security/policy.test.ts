import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { checkOrigin, contentSecurityPolicy, needsNonce, securityConfigFromEnv, securityHeaders } from "./policy";

const http = securityConfigFromEnv({ SITE_URL: "http://localhost:3105", NODE_ENV: "production" });
const https = securityConfigFromEnv({ SITE_URL: "https://press.example.org/", NODE_ENV: "production" });
const proxied = securityConfigFromEnv({ SITE_URL: "http://press.internal", TRUST_PROXY: "true", NODE_ENV: "production" });

describe("content security policy", () => {
  it("gives the newsroom, sign-in and setup a fresh nonce and no unsafe-inline script", () => {
    for (const path of ["/admin", "/admin/releases/1", "/login", "/setup"]) expect(needsNonce(path)).toBe(true);
    for (const path of ["/", "/releases/x", "/administration", "/loginx"]) expect(needsNonce(path)).toBe(false);
    const a = securityHeaders(http, { pathname: "/admin", protocol: "http:", forwardedProto: null });
    const b = securityHeaders(http, { pathname: "/admin", protocol: "http:", forwardedProto: null });
    expect(a.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a.nonce).not.toBe(b.nonce);
    const csp = a.headers["Content-Security-Policy"]!;
    expect(csp).toContain(`script-src 'self' 'nonce-${a.nonce}' 'strict-dynamic'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it("keeps public pages cacheable: no nonce, but no foreign origins, plugins, base or framing", () => {
    const { nonce, headers } = securityHeaders(http, { pathname: "/", protocol: "http:", forwardedProto: null });
    expect(nonce).toBeNull();
    const csp = headers["Content-Security-Policy"]!;
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    for (const d of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(csp).toContain(d);
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it("allows eval only in development", () => {
    expect(contentSecurityPolicy({ nonce: "n", https: false, development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", https: false, development: false })).not.toContain("unsafe-eval");
  });
});

// The proxy skips /search (proxy.ts); next.config.js must give it exactly
// what the proxy gives a public page, in each setting a build can be made for.
describe("the headers of /search, from next.config.js", () => {
  type Rule = { source: string; has?: Array<{ type: string; key: string; value?: string }>; headers: Array<{ key: string; value: string }> };
  async function searchRules(env: Record<string, string | undefined>): Promise<Rule[]> {
    const saved = { SITE_URL: process.env.SITE_URL, TRUST_PROXY: process.env.TRUST_PROXY };
    Object.assign(process.env, { SITE_URL: env.SITE_URL, TRUST_PROXY: env.TRUST_PROXY ?? "" });
    try {
      const config = createRequire(import.meta.url)("../../../next.config.js") as { headers: () => Promise<Rule[]> };
      return (await config.headers()).filter((rule) => rule.source === "/search");
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  }
  const asObject = (rule: Rule | undefined) => Object.fromEntries((rule?.headers ?? []).map((h) => [h.key, h.value]));
  const proxyGives = (config: ReturnType<typeof securityConfigFromEnv>, forwardedProto: string | null = null) =>
    securityHeaders(config, { pathname: "/search", protocol: "http:", forwardedProto }).headers;

  it("are the proxy's for a public page, over HTTP and over HTTPS", async () => {
    const plain = await searchRules({ SITE_URL: "http://localhost:3105" });
    expect(plain).toHaveLength(1);
    expect(asObject(plain[0])).toEqual(proxyGives(http));
    const secure = await searchRules({ SITE_URL: "https://press.example.org/" });
    expect(asObject(secure[0])).toEqual(proxyGives(https));
    expect(asObject(secure[0])["Strict-Transport-Security"]).toBeDefined();
  });

  it("behind a trusted proxy, turn to HTTPS's when the proxy says the request came over HTTPS", async () => {
    const rules = await searchRules({ SITE_URL: "http://press.internal", TRUST_PROXY: "true" });
    const [always, forwarded] = rules;
    expect(asObject(always)).toEqual(proxyGives(proxied));
    expect(asObject(forwarded)).toEqual(proxyGives(proxied, "https"));
    const condition = forwarded?.has?.[0];
    expect([condition?.type, condition?.key]).toEqual(["header", "x-forwarded-proto"]);
    const says = (value: string) => new RegExp(`^${condition?.value}$`).test(value);
    expect(["https", "https, http", "HTTPS"].map(says)).toEqual([true, true, true]);
    expect(["http", "http, https"].map(says)).toEqual([false, false]);
    expect(await searchRules({ SITE_URL: "http://press.internal" })).toHaveLength(1);
  });
});

describe("HSTS", () => {
  it("is sent when SITE_URL is https, or a trusted proxy says https", () => {
    const req = { pathname: "/", protocol: "http:", forwardedProto: null };
    expect(securityHeaders(http, req).headers["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders(https, req).headers["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(securityHeaders(proxied, { ...req, forwardedProto: "https" }).headers["Strict-Transport-Security"]).toBeDefined();
    expect(securityHeaders(http, { ...req, forwardedProto: "https" }).headers["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders(https, req).headers["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });
});

describe("cross-origin writes", () => {
  it("refuses a state-changing request from another origin or an opaque one", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(checkOrigin(http, { method, origin: "https://evil.example", secFetchSite: "cross-site" }).allowed).toBe(false);
      expect(checkOrigin(http, { method, origin: "null", secFetchSite: null }).allowed).toBe(false);
      expect(checkOrigin(http, { method, origin: "http://localhost:3106", secFetchSite: null }).allowed).toBe(false);
      expect(checkOrigin(http, { method, origin: null, secFetchSite: "cross-site" }).allowed).toBe(false);
    }
  });

  it("lets same-origin writes, Origin-less tools and every read through", () => {
    expect(checkOrigin(http, { method: "POST", origin: "http://localhost:3105", secFetchSite: "same-origin" }).allowed).toBe(true);
    expect(checkOrigin(https, { method: "POST", origin: "https://press.example.org", secFetchSite: null }).allowed).toBe(true);
    expect(checkOrigin(http, { method: "POST", origin: null, secFetchSite: null }).allowed).toBe(true);
    expect(checkOrigin(http, { method: "GET", origin: "https://evil.example", secFetchSite: "cross-site" }).allowed).toBe(true);
  });
});
