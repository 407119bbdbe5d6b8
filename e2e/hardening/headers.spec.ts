import { expect, test, type Page } from "@playwright/test";
import { createUser, signIn } from "../support/users";

const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

function collectCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`pageerror: ${error.message}`));
  return violations;
}

test("a public page carries the security headers and a policy without foreign origins", async ({ request }) => {
  // "/" is served from the cache through proxy.ts; /search is rendered per
  // request and gets the same headers from next.config.js instead.
  const seen: Record<string, string | undefined>[] = [];
  for (const path of ["/", "/search?q=embassy"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(COMMON)) expect(headers[name]).toBe(value);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("nonce-");
    // Served over plain HTTP in this test: no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();
    seen.push({ csp, coop: headers["cross-origin-opener-policy"], permissions: headers["permissions-policy"] });
  }
  expect(seen[1]).toEqual(seen[0]);
});

test("/login gets a fresh nonce per response and works under it without CSP violations", async ({ page, request }) => {
  const first = (await request.get("/login")).headers()["content-security-policy"] ?? "";
  const second = (await request.get("/login")).headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
  expect(nonce).toBeTruthy();
  expect(second).not.toContain(nonce!);
  expect(first).not.toMatch(/script-src[^;]*unsafe-inline/);

  const violations = collectCspViolations(page);
  const user = createUser("writer", "CSP Writer");
  // Signing in needs the login form's client script: it only works if hydration ran.
  await signIn(page, user);
  await expect(page.getByText("Signed in as CSP Writer")).toBeVisible();
  const adminHeaders = (await page.request.get("/admin")).headers();
  for (const [name, value] of Object.entries(COMMON)) expect(adminHeaders[name]).toBe(value);
  expect(adminHeaders["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await page.goto("/setup");
  expect(violations).toEqual([]);
});

test("a state-changing request from a foreign origin is refused", async ({ request, baseURL }) => {
  for (const path of ["/api/auth/callback/credentials", "/login", "/admin", "/search"]) {
    const foreign = await request.post(path, { headers: { origin: "https://evil.example" }, form: { email: "x@y.z", password: "p" }, maxRedirects: 0 });
    expect(foreign.status()).toBe(403);
  }
  const sameOrigin = await request.post("/api/auth/callback/credentials", { headers: { origin: new URL(baseURL!).origin }, form: { email: "x@y.z", password: "p" }, maxRedirects: 0 });
  expect(sameOrigin.status()).not.toBe(403);
});
