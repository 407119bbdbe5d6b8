import { expect, test } from "@playwright/test";
import { releaseByTitle, startDraft } from "../newsroom/helpers";
import { createUser, signIn } from "../support/users";

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
