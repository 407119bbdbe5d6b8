import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { releaseByTitle, startDraft } from "../newsroom/helpers";
import { addCorrection, addSlugRedirect, publicReleases, withdrawRelease } from "../support/public-db";
import { createUser, signIn } from "../support/users";

test("a release page has its title, date, category, byline, neighbours and metadata", async ({ page, baseURL }) => {
  const all = publicReleases();
  const release = all[1]!;
  await page.goto(`/news/${release.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(release.title);
  await expect(page.locator("article")).toContainText(/By /);
  await expect(page).toHaveTitle(new RegExp(release.title.replace(/[.*+?^${}()|[\]\\']/g, "\\$&")));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/news/${release.slug}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", release.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /.+/);
  await expect(page.getByRole("link", { name: `Older: ${all[2]!.title} →` })).toBeVisible();
  await expect(page.getByRole("link", { name: `← Newer: ${all[0]!.title}` })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("a reply to a media question shows the question and the answer apart", async ({ page }) => {
  await page.goto("/news/category/media-questions");
  await page.getByTestId("release-list").getByRole("link").filter({ hasText: "reply to a media question" }).first().click();
  await expect(page.getByRole("region", { name: "Question" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
});

test("an old slug redirects permanently to the current one", async ({ request }) => {
  const release = publicReleases()[3]!;
  addSlugRedirect(`${release.slug}-old-address`, release.slug);
  const response = await request.get(`/news/${release.slug}-old-address`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toContain(`/news/${release.slug}`);
});

test("a withdrawn release says so, when and why, with HTTP 410, and leaves the lists", async ({ page }) => {
  const release = publicReleases()[5]!;
  withdrawRelease(release.slug, "Published with an incorrect date of the event.", new Date("2026-12-01T10:15:00Z"));
  // Pages refresh within their 30 s revalidation window; the proxy's list within 5 s of that.
  await expect
    .poll(async () => (await page.request.get(`/news/${release.slug}`)).status(), { timeout: 50_000, intervals: [2_000] })
    .toBe(410);
  await expect
    .poll(async () => {
      const response = await page.goto(`/news/${release.slug}`);
      return `${response?.status()} ${await page.getByRole("heading", { level: 1 }).textContent()}`;
    }, { timeout: 50_000, intervals: [2_000] })
    .toBe("410 This release has been withdrawn");
  await expect(page.getByRole("main")).toContainText("Published with an incorrect date of the event.");
  await expect(page.getByRole("main")).toContainText("01.12.2026, 10:15");
  await expect
    .poll(async () => {
      await page.goto("/news");
      return page.getByRole("link", { name: release.title }).count();
    }, { timeout: 50_000, intervals: [2_000] })
    .toBe(0);
});

test("a correction shows as 'Updated on …: note' once the page refreshes", async ({ page }) => {
  const release = publicReleases()[7]!;
  addCorrection(release.slug, "The name of the university was corrected.", new Date("2026-11-30T15:05:00Z"));
  await expect
    .poll(async () => {
      await page.goto(`/news/${release.slug}`);
      const list = page.getByRole("list", { name: "Corrections" });
      return (await list.count()) ? ((await list.textContent()) ?? "") : "";
    }, { timeout: 50_000, intervals: [2_000] })
    .toBe("Updated on 30.11.2026, 15:05: The name of the university was corrected.");
});

// Last in this file: it publishes a release, which would shift the picks above.
const ADVICE = "https://www.gov.uk/foreign-travel-advice";

test("a printed release shows the office's name, the text, its byline and address, and none of the screen's furniture", async ({ browser, baseURL }) => {
  // Published the way the press office does it, with a link in the text.
  const editor = createUser("editor");
  const newsroom = await browser.newPage();
  await signIn(newsroom, editor);
  const title = `Travel advice for the holidays ${Date.now()}`;
  await startDraft(newsroom, title, `Read the latest advice at ${ADVICE} before you travel. `);
  await newsroom.getByRole("button", { name: "Publish now" }).click();
  await expect(newsroom.getByRole("heading", { name: "Status: Published" })).toBeVisible();
  const slug = releaseByTitle(title)?.slug ?? "";
  await newsroom.close();

  const page = await browser.newPage();
  await expect(async () => {
    await page.goto(`/news/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const link = page.locator(".release-body a", { hasText: ADVICE });
  const address = page.getByText(`${baseURL}/news/${slug}`, { exact: true });
  const afterLink = () => link.evaluate((a) => getComputedStyle(a, "::after").content);

  // On screen: clocks, navigation and footer; no printed address, no URL after the link.
  await expect(page.getByTestId("clock").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
  await expect(address).toBeHidden();
  expect(await afterLink()).toBe("none");

  await page.emulateMedia({ media: "print" });
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link").first()).toBeVisible(); // the office's name heads the page
  for (const clock of await page.getByTestId("clock").all()) await expect(clock).toBeHidden();
  await expect(page.getByTestId("today")).toBeHidden();
  await expect(banner.getByText("Consular queries")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "More releases" })).toBeHidden();
  await expect(page.getByText("Skip to content")).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("article")).toContainText("By Embassy Press Officer");
  await expect(page.getByText("before you travel.")).toBeVisible();
  await expect(address).toBeVisible();
  expect(await afterLink()).toBe(`" (${ADVICE})"`);
  // Black text on white paper, links included.
  expect(await link.evaluate((a) => getComputedStyle(a).color)).toBe("rgb(0, 0, 0)");
  expect(await page.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(255, 255, 255)");
});
