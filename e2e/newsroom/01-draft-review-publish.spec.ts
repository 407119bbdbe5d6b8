import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { auditActionsFor, releaseByTitle, startDraft } from "./helpers";

test("an anonymous visitor is sent to sign in from every newsroom page", async ({ page }) => {
  for (const path of ["/admin", "/admin/releases", "/admin/releases/new", "/admin/review"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login/);
  }
});

test("a writer drafts and submits; an editor reviews and publishes", async ({ browser }) => {
  const writer = createUser("writer", "Wendy Writer");
  const editor = createUser("editor", "Eddie Editor");
  const title = `Statement on the consular open day ${Date.now()}`;

  const writerContext = await browser.newContext();
  const w = await writerContext.newPage();
  await signIn(w, writer);
  await startDraft(w, title, "The consular section opens its doors on Saturday.");
  await expect(w.getByLabel("Address (slug)")).toHaveValue(/^statement-on-the-consular-open-day/);
  // The writer cannot publish: the button is not offered.
  await expect(w.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await w.getByRole("button", { name: "Submit for review" }).click();
  await expect(w.getByRole("heading", { name: "Status: In review" })).toBeVisible();
  await expect(w.getByText("Your role cannot edit this release now.")).toBeVisible();

  const editorContext = await browser.newContext();
  const e = await editorContext.newPage();
  await signIn(e, editor);
  await e.goto("/admin/review");
  await e.getByRole("link", { name: title }).click();
  await expect(e.getByText("Also open by: Wendy Writer")).toBeVisible();
  await e.getByRole("button", { name: "Publish now" }).click();
  await expect(e.getByRole("heading", { name: "Status: Published" })).toBeVisible();

  // Readers see it on its permanent page and on the home page.
  const slug = releaseByTitle(title)?.slug ?? "";
  const reader = await browser.newContext();
  const r = await reader.newPage();
  await expect(async () => {
    await r.goto(`/news/${slug}`);
    await expect(r.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(r.getByText("The consular section opens its doors on Saturday.")).toBeVisible();
  await r.goto("/");
  await expect(r.getByRole("link", { name: title }).first()).toBeVisible();
  await reader.close();

  await e.getByRole("link", { name: "Preview" }).click();
  await expect(e.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(e.getByText("The consular section opens its doors on Saturday.")).toBeVisible();

  const row = releaseByTitle(title);
  expect(row?.status).toBe("PUBLISHED");
  expect(auditActionsFor(row?.id ?? "")).toEqual(expect.arrayContaining(["release.create", "release.submit", "release.publish"]));

  await e.goto(`/admin/releases?q=${encodeURIComponent("consular open day")}&status=PUBLISHED`);
  await expect(e.getByRole("row", { name: new RegExp(title) })).toContainText("Eddie Editor");
  await writerContext.close();
  await editorContext.close();
});
