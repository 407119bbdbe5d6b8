import { expect, test } from "@playwright/test";

// London: GMT→BST at 01:00 UTC on 29 March 2026, BST→GMT at 01:00 UTC on 25 October 2026.
// Moscow stays at UTC+3.
const INSTANTS = [
  { at: "2026-03-29T00:59:00Z", moscow: "03:59", london: "00:59", date: "29 March 2026" },
  { at: "2026-03-29T01:00:00Z", moscow: "04:00", london: "02:00", date: "29 March 2026" },
  { at: "2026-10-25T00:59:00Z", moscow: "03:59", london: "01:59", date: "25 October 2026" },
  { at: "2026-10-25T01:00:00Z", moscow: "04:00", london: "01:00", date: "25 October 2026" },
  { at: "2018-08-19T06:18:00Z", moscow: "09:18", london: "07:18", date: "19 August 2018" },
];

test.describe("the masthead", () => {
  for (const instant of INSTANTS) {
    test(`shows Moscow ${instant.moscow} and London ${instant.london} at ${instant.at}`, async ({ page }) => {
      await page.clock.setFixedTime(new Date(instant.at));
      await page.goto("/");
      const clocks = page.getByTestId("clock");
      await expect(clocks.nth(0)).toHaveText(`Moscow: ${instant.moscow}`);
      await expect(clocks.nth(1)).toHaveText(`London: ${instant.london}`);
      await expect(page.getByTestId("today")).toHaveText(instant.date);
    });
  }

  // The search page has no React: its inline script keeps the clocks ticking.
  for (const path of ["/", "/search?q=embassy"]) {
    test(`the clocks advance each minute without a reload on ${path}`, async ({ page }) => {
      await page.clock.install({ time: new Date("2026-03-29T00:58:30Z") });
      await page.goto(path);
      await expect(page.getByTestId("clock").nth(1)).toHaveText("London: 00:58");
      await expect(page.getByTestId("today")).toHaveText("29 March 2026");
      await page.clock.runFor(31_000);
      await expect(page.getByTestId("clock").nth(1)).toHaveText("London: 00:59");
      await page.clock.runFor(60_000);
      await expect(page.getByTestId("clock").nth(1)).toHaveText("London: 02:00");
      await expect(page.getByTestId("clock").nth(0)).toHaveText("Moscow: 04:00");
    });
  }

  test("the first paint already shows the right time, before React hydrates", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-07-01T12:34:00Z"));
    // Block the app's scripts: only the inline script in the HTML can fill the clocks.
    await page.route(/\/_next\/static\/.*\.js/, (route) => route.abort());
    await page.goto("/");
    await expect(page.getByTestId("clock").nth(0)).toHaveText("Moscow: 15:34");
    await expect(page.getByTestId("clock").nth(1)).toHaveText("London: 13:34");
  });

  test("the consular phone and email are links", async ({ page }) => {
    await page.goto("/news");
    const phone = page.getByRole("link", { name: "+44 (0) 20 7946 0321" });
    await expect(phone).toHaveAttribute("href", "tel:+442079460321");
    const email = page.getByRole("banner").getByRole("link", { name: "consular@embassy.example" });
    await expect(email).toHaveAttribute("href", "mailto:consular@embassy.example");
  });
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the clocks show a placeholder, never a time from the cache", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("clock").nth(0)).toHaveText("Moscow: --:--");
    await expect(page.getByTestId("clock").nth(1)).toHaveText("London: --:--");
    await expect(page.getByRole("link", { name: "consular@embassy.example" }).first()).toBeVisible();
  });
});
