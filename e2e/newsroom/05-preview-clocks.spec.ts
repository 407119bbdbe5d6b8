import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { startDraft } from "./helpers";

test("the preview's masthead clocks are filled by its inline script under the newsroom's strict CSP", async ({ page }) => {
  const writer = createUser("writer");
  await signIn(page, writer);
  await startDraft(page, `Preview clocks ${Date.now()}`, "Text for the preview.");
  const previewUrl = `${page.url()}/preview`;

  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.clock.setFixedTime(new Date("2026-07-01T12:34:00Z"));
  // Block the app's scripts: only the masthead's inline script can fill the clocks.
  await page.route(/\/_next\/static\/.*\.js/, (route) => route.abort());
  const response = await page.goto(previewUrl);
  expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  await expect(page.getByTestId("clock").nth(0)).toHaveText("Moscow: 15:34");
  await expect(page.getByTestId("clock").nth(1)).toHaveText("London: 13:34");
  expect(refused).toEqual([]);
});
