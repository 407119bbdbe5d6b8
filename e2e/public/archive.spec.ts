import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { publicReleases } from "../support/public-db";

const dotDate = (ms: number) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(ms)).replace(/\//g, ".");

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test("home shows the featured release in full and the latest releases, with a link to all messages", async ({ page }) => {
  await page.goto("/");
  const featured = page.getByTestId("featured");
  await expect(featured.getByRole("heading", { level: 2 })).toHaveText("The Ambassador presents the Embassy's winter programme of cultural and educational events");
  await expect(featured).toContainText("Admission to all events is free.");
  await expect(featured).toContainText("30.11.2026");
  const list = page.getByTestId("release-list").getByRole("listitem");
  await expect(list).toHaveCount(10);
  const expected = publicReleases().filter((r) => !r.title.startsWith("The Ambassador presents"));
  await expect(list.first()).toContainText(expected[0]!.title);
  await expect(list.first()).toContainText(dotDate(expected[0]!.at));
  await expect(page.getByText("Christmas greetings")).toHaveCount(0);
  await expectNoSeriousViolations(page);
  await page.getByRole("link", { name: "All messages" }).last().click();
  await expect(page).toHaveURL(/\/news$/);
});

test("the archive lists every public release newest first, 20 a page", async ({ page }) => {
  const all = publicReleases();
  await page.goto("/news");
  const items = page.getByTestId("release-list").getByRole("listitem");
  await expect(items).toHaveCount(20);
  await expect(page.getByText(`${all.length} releases`)).toBeVisible();
  await expect(items.first()).toContainText(all[0]!.title);
  await expect(items.nth(19)).toContainText(all[19]!.title);
  await expectNoSeriousViolations(page);

  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/news\/page\/2$/);
  await expect(items).toHaveCount(Math.min(20, all.length - 20));
  await expect(items.first()).toContainText(all[20]!.title);
  // Earlier journeys may have published releases of their own, so the count comes from the database.
  const pages = Math.ceil(all.length / 20);
  await expect(page.getByText(`Page 2 of ${pages}`)).toBeVisible();
  await page.getByRole("link", { name: "← Newer" }).click();
  await expect(items.first()).toContainText(all[0]!.title);
  await expect(page).toHaveURL(/\/news$/);
  // Links made before the archive's pages had their own paths still work.
  await page.goto("/news?page=2");
  await expect(page.getByText(`Page 2 of ${pages}`)).toBeVisible();
  await expect(items.first()).toContainText(all[20]!.title);

  expect((await page.goto(`/news?page=${pages + 1}`))?.status()).toBe(404);
  expect((await page.goto("/news?page=abc"))?.status()).toBe(404);
});

test("the category filter shows only that category", async ({ page }) => {
  const inCategory = publicReleases().filter((r) => r.categorySlug === "media-questions");
  await page.goto("/news");
  await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Replies to media questions" }).click();
  await expect(page).toHaveURL(/\/news\/category\/media-questions$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Replies to media questions");
  await expect(page.getByTestId("release-list").getByRole("listitem")).toHaveCount(inCategory.length);
  for (const release of inCategory) await expect(page.getByRole("link", { name: release.title })).toBeVisible();
  expect((await page.goto("/news/category/no-such-category"))?.status()).toBe(404);
});

test("the month archive lists and counts the months and filters by one", async ({ page }) => {
  const november = publicReleases().filter((r) => dotDate(r.at).endsWith(".11.2026"));
  await page.goto("/news");
  const months = page.getByTestId("months");
  await expect(months.getByRole("listitem").filter({ hasText: "November 2026" })).toContainText(`(${november.length})`);
  await months.getByRole("link", { name: "November 2026" }).click();
  await expect(page).toHaveURL(/\/news\/archive\/2026\/11$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("November 2026");
  await expect(page.getByTestId("release-list").getByRole("listitem")).toHaveCount(november.length);
  expect((await page.goto("/news/archive/2026/13"))?.status()).toBe(404);
});

test("the year archive counts each year and lists that year's months and releases, 20 a page", async ({ page }) => {
  const year = publicReleases().filter((r) => dotDate(r.at).endsWith(".2026"));
  const monthsOfYear = [...new Set(year.map((r) => Number(dotDate(r.at).slice(3, 5))))];
  const monthName = (m: number) => new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, m - 1, 15)));
  await page.goto("/news");
  const years = page.getByTestId("years");
  await expect(years.getByRole("listitem").filter({ hasText: "2026" })).toContainText(`(${year.length})`);
  await years.getByRole("link", { name: "2026", exact: true }).click();
  await expect(page).toHaveURL(/\/news\/archive\/2026$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2026");
  await expect(page.getByText(`${year.length} releases`)).toBeVisible();
  const items = page.getByTestId("release-list").getByRole("listitem");
  await expect(items).toHaveCount(Math.min(20, year.length));
  await expect(items.first()).toContainText(year[0]!.title);
  await expect(page.getByRole("heading", { name: "Months of 2026" })).toBeVisible();
  const months = page.getByTestId("months").getByRole("listitem");
  await expect(months).toHaveCount(monthsOfYear.length);
  for (const m of monthsOfYear) {
    const count = year.filter((r) => Number(dotDate(r.at).slice(3, 5)) === m).length;
    await expect(months.filter({ hasText: `${monthName(m)} 2026` })).toContainText(`(${count})`);
  }
  await expect(years.getByRole("link", { name: "2026", exact: true })).toHaveAttribute("aria-current", "page");
  await expectNoSeriousViolations(page);

  expect(year.length, "the demo content fills more than one page of 2026").toBeGreaterThan(20);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/news\/archive\/2026\/page\/2$/);
  await expect(items.first()).toContainText(year[20]!.title);

  for (const path of ["/news/archive/1901", "/news/archive/2026/page/0", "/news/archive/2026/page/99", "/news/archive/2026/11/extra", "/news/archive/26"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test("a page narrower than 320 px needs no horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/news");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an unknown address is a 404 page in the site's design", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByTestId("clock")).toHaveCount(2);
  expect((await page.goto("/news/no-such-release"))?.status()).toBe(404);
});
