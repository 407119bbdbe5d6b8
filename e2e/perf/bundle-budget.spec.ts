import { expect, test } from "@playwright/test";
import { firstLoadJs, routeEntries } from "./bundle-size";

// Runs after the webServer has built the app, so the build output exists.
const EMPTY = "/(bench)/bench-empty/page";
const PUBLIC_BUDGET = 15 * 1024;
const EDITOR_BUDGET = 250 * 1024;

const entries = Object.keys(routeEntries()).filter((e) => e.endsWith("/page"));
const publicPages = entries.filter((e) => e.startsWith("/(public)/"));
const editorPages = entries.filter((e) => e.startsWith("/(admin)/admin/releases"));

test("the empty reference page is in the build and loads only the runtime", () => {
  expect(entries).toContain(EMPTY);
  const empty = firstLoadJs(EMPTY);
  expect(empty.bytes).toBeGreaterThan(50 * 1024);
  expect(empty.bytes).toBeLessThan(400 * 1024);
});

test("every public page loads at most 15 kB of gzipped JavaScript above the empty page", () => {
  expect(publicPages).toContain("/(public)/page");
  const base = firstLoadJs(EMPTY).bytes;
  const over = publicPages
    .map((entry) => ({ entry, extra: firstLoadJs(entry).bytes - base }))
    .filter((page) => page.extra > PUBLIC_BUDGET)
    .map((page) => `${page.entry}: +${(page.extra / 1024).toFixed(1)} kB`);
  expect(over, "public pages over the 15 kB budget").toEqual([]);
});

test("newsroom editor pages load at most 250 kB of gzipped JavaScript above the empty page", () => {
  const base = firstLoadJs(EMPTY).bytes;
  const over = editorPages
    .map((entry) => ({ entry, extra: firstLoadJs(entry).bytes - base }))
    .filter((page) => page.extra > EDITOR_BUDGET)
    .map((page) => `${page.entry}: +${(page.extra / 1024).toFixed(1)} kB`);
  expect(over, "editor pages over the 250 kB budget").toEqual([]);
});

test("the empty reference page is served and asks not to be indexed", async ({ page }) => {
  await page.goto("/bench-empty");
  await expect(page.getByText("Empty reference page.")).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});
