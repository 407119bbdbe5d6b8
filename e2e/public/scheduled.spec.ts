import { expect, test } from "@playwright/test";
import { insertScheduledRelease } from "../support/public-db";

test("a scheduled release appears on its own within 60 seconds of its time, and not before", async ({ page }) => {
  test.setTimeout(150_000);
  const due = new Date(Date.now() + 25_000);
  const title = `Scheduled notice ${due.getTime()}`;
  insertScheduledRelease(title, `scheduled-notice-${due.getTime()}`, due);
  const link = page.getByRole("link", { name: title });
  let seenAt = 0;
  // Poll the cached archive and home page: never before the time, then within a minute.
  while (Date.now() < due.getTime() + 60_000) {
    await page.goto("/news");
    const visible = (await link.count()) > 0;
    if (visible) {
      seenAt = Date.now();
      break;
    }
    await page.waitForTimeout(3_000);
  }
  expect(seenAt, "the release should appear").toBeGreaterThan(0);
  expect(seenAt).toBeGreaterThanOrEqual(due.getTime());
  // Visible on a fresh request at most a minute after its time.
  expect(seenAt - due.getTime()).toBeLessThanOrEqual(60_000);
});
