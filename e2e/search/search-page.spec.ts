import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PUBLIC_TITLE = "Embassy Press Officer's reply to a media question on the processing times for visa applications this winter";

// /search is a route handler that writes the search into the cached public
// frame (lib/server/search/search-frame.ts): to a reader it is one more page
// of the site, with its masthead, styles, clocks and footer.
test("a reader finds search in the masthead and searches from the keyboard, in the site's own frame", async ({ page }) => {
  await page.goto("/");
  const homeHeader = await page.getByRole("banner").evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();

  await page.getByLabel("Search for").focus();
  await page.keyboard.type("visa");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=visa&category=&year=$/);
  const result = page.getByRole("link", { name: PUBLIC_TITLE });
  await expect(result).toBeVisible();
  await expect(page).toHaveTitle(/^“visa” — Search — /);
  await expect(page.getByLabel("Search for")).toHaveValue("visa");

  // The masthead and footer of every public page, styled as on the home page.
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "consular@embassy.example" })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("Consular queries");
  expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(homeHeader);
  expect(homeHeader).not.toBe("rgba(0, 0, 0, 0)");
  await expect(page.getByTestId("clock").nth(0)).toHaveText(/^Moscow: \d\d:\d\d$/);
  // Plain HTML: none of the app's scripts, only the clocks' inline one.
  expect(await page.locator("script[src]").count()).toBe(0);
  await expect(page.locator("script")).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await result.click();
  await expect(page.getByRole("heading", { level: 1, name: PUBLIC_TITLE })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("link", { name: PUBLIC_TITLE })).toBeVisible();
  await expect(page.getByLabel("Search for")).toHaveValue("visa");
});

test("a search's words are text in the page and its title, never markup", async ({ page }) => {
  const words = `"><img src=x onerror=alert(1)><script>alert(2)</script>`;
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`/search?q=${encodeURIComponent(words)}`);
  await expect(page.getByLabel("Search for")).toHaveValue(words);
  await expect(page.getByText(`No public releases match “${words}”.`)).toBeVisible();
  expect(await page.title()).toContain(words);
  await expect(page.locator("main img, main script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
