import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { releaseByTitle, startDraft, typeBody } from "./helpers";

test("two editors change one release: the stale save is refused and neither text is lost", async ({ browser }) => {
  const first = createUser("editor", "Anna First");
  const second = createUser("editor", "Boris Second");
  const title = `Reply to a question on visas ${Date.now()}`;
  const a = await (await browser.newContext()).newPage();
  await signIn(a, first);
  await startDraft(a, title, "Original answer.");
  const url = a.url();

  const b = await (await browser.newContext()).newPage();
  await signIn(b, second, "/admin");
  await b.goto(url);
  await expect(b.getByText("Also open by: Anna First")).toBeVisible();

  await typeBody(a, " Anna adds this.");
  await a.getByRole("button", { name: "Save", exact: true }).click();
  await expect(a.getByText(/Saved at .*version 2/)).toBeVisible();

  await typeBody(b, " Boris adds that.");
  await expect(b.getByRole("heading", { name: /Not saved: Anna First saved a newer version/ })).toBeVisible();
  await expect(b.getByRole("textbox", { name: "Body", exact: true })).toContainText("Boris adds that.");
  await expect(b.getByLabel("Their version")).toHaveValue(/Anna adds this\./);
  expect(releaseByTitle(title)?.body).toContain("Anna adds this.");

  await b.getByRole("button", { name: "Keep my version and save" }).click();
  await expect(b.getByText(/Saved at .*version 3/)).toBeVisible();
  expect(releaseByTitle(title)?.body).toContain("Boris adds that.");
});

test("a writer restores an earlier revision from the history, as a new save", async ({ page }) => {
  const writer = createUser("writer");
  await signIn(page, writer);
  const title = `News of the cultural week ${Date.now()}`;
  await startDraft(page, title, "First wording.");
  await typeBody(page, " Second wording.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved at .*version [2-9]/)).toBeVisible();
  const saved = releaseByTitle(title);
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByTestId("diff").locator("ins")).toContainText("Second wording.");
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("Revision restored as a new version.")).toBeVisible();
  const restored = releaseByTitle(title);
  expect(restored?.version).toBe((saved?.version ?? 0) + 1);
  expect(restored?.body).not.toContain("Second wording.");
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page.getByRole("textbox", { name: "Body", exact: true })).not.toContainText("Second wording.");
});

test("a failed save says so, keeps the text in the browser and offers it back", async ({ page, context }) => {
  const writer = createUser("writer");
  await signIn(page, writer);
  const title = `Statement kept through an outage ${Date.now()}`;
  await startDraft(page, title, "Saved part.");
  await context.setOffline(true);
  await typeBody(page, " Typed while offline.");
  await expect(page.getByText(/Saving failed: .*Your text is kept in this browser/)).toBeVisible();
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByText("Restore unsaved changes?")).toBeVisible();
  await page.getByRole("button", { name: "Restore unsaved changes" }).click();
  await expect(page.getByRole("textbox", { name: "Body", exact: true })).toContainText("Typed while offline.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Saved at/)).toBeVisible();
  expect(releaseByTitle(title)?.body).toContain("Typed while offline.");
});
