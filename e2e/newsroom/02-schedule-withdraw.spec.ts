import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { redirectTarget, releaseByTitle, startDraft } from "./helpers";

function moscowWallTime(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Moscow", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

test("an editor schedules a release for a future time, confirmed in both clock zones", async ({ page }) => {
  test.setTimeout(200_000);
  const editor = createUser("editor");
  await signIn(page, editor);
  const title = `Visit of the trade delegation ${Date.now()}`;
  await startDraft(page, title, "The delegation arrives next week.");
  // The next whole minute at least 30 s ahead: the datetime input has minute precision.
  const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
  await page.getByLabel("Publish time").fill(moscowWallTime(at));
  await page.getByLabel("Time zone").selectOption({ label: "Moscow" });
  await expect(page.getByRole("status").filter({ hasText: /^Publishes .* Moscow \/ .* London$/ })).toBeVisible();
  await page.getByRole("button", { name: "Confirm schedule" }).click();
  await expect(page.getByRole("heading", { name: "Status: Scheduled" })).toBeVisible();
  await expect(page.getByText(/^Publishes \d+ \w+ \d{4}, \d\d:\d\d Moscow \/ (\d+ \w+ \d{4}, )?\d\d:\d\d London$/)).toBeVisible();

  const row = releaseByTitle(title);
  expect(row?.status).toBe("SCHEDULED");
  expect(new Date(row?.publishAt ?? 0).getTime()).toBe(at.getTime());
  expect(at.getTime()).toBeGreaterThan(Date.now());

  // Invisible to readers before its time, on its page and on the home page...
  const beforeTime = await page.request.get(`/news/${row?.slug}`);
  if (Date.now() < at.getTime()) {
    expect(beforeTime.status()).toBe(404);
    expect(await (await page.request.get("/")).text()).not.toContain(title);
  }
  // ...and there by itself within a minute after it.
  await expect
    .poll(async () => (await page.request.get(`/news/${row?.slug}`)).status(), { timeout: 150_000, intervals: [3000] })
    .toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
});

test("an editor withdraws a published release with a public explanation", async ({ page }) => {
  const editor = createUser("editor");
  await signIn(page, editor);
  const title = `Comment on a newspaper article ${Date.now()}`;
  await startDraft(page, title, "We regret the inaccuracies.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("heading", { name: "Status: Published" })).toBeVisible();
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByText("Explain the withdrawal to readers")).toBeVisible();
  await page.getByLabel("Public explanation for withdrawal").fill("Issued in error; superseded by the statement of today.");
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByRole("heading", { name: "Status: Withdrawn" })).toBeVisible();
  await expect(page.getByText("Withdrawn: Issued in error; superseded by the statement of today.")).toBeVisible();
  const row = releaseByTitle(title);
  expect(row).toMatchObject({ status: "WITHDRAWN", withdrawalReason: "Issued in error; superseded by the statement of today." });

  // The public page stays, says so and why, with HTTP 410.
  await expect.poll(async () => (await page.request.get(`/news/${row?.slug}`)).status(), { timeout: 15_000 }).toBe(410);
  await page.goto(`/news/${row?.slug}`);
  await expect(page.getByText("Issued in error; superseded by the statement of today.")).toBeVisible();
});

test("an editor corrects a published release with a note and deliberately changes its address", async ({ page }) => {
  const editor = createUser("editor");
  await signIn(page, editor);
  const title = `Ambassador's interview ${Date.now()}`;
  await startDraft(page, title, "The interview took place on Monday.");
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("heading", { name: "Status: Published" })).toBeVisible();
  const before = releaseByTitle(title);

  // The address is fixed once published until the editor says otherwise.
  await expect(page.getByLabel("Address (slug)")).toHaveAttribute("readonly", "");
  await page.getByLabel("Change the published address").check();
  await page.getByLabel("Address (slug)").fill(`${before?.slug}-corrected`);
  await page.getByRole("textbox", { name: "Body", exact: true }).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(" It was broadcast on Tuesday.");
  await page.getByLabel("Correction note (shown publicly as “Updated on …”)").fill("The broadcast date was added.");
  await page.getByRole("button", { name: "Publish correction" }).click();
  await expect(page.getByRole("list", { name: "Corrections shown to readers" })).toContainText("The broadcast date was added.");
  await expect(page.getByLabel("Address (slug)")).toHaveValue(`${before?.slug}-corrected`);

  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page.getByText(/Updated on .*: The broadcast date was added\./)).toBeVisible();
  await expect(page.getByText("It was broadcast on Tuesday.")).toBeVisible();
  expect(redirectTarget(before?.slug ?? "")).toBe(before?.id);

  // Readers following the old address arrive at the corrected page.
  await page.goto(`/news/${before?.slug}`);
  await expect(page).toHaveURL(new RegExp(`/news/${before?.slug}-corrected$`));
  await expect(page.getByText(/Updated on .*: The broadcast date was added\./)).toBeVisible();
});
