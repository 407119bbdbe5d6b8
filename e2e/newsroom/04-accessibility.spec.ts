import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";
import { startDraft } from "./helpers";

test("the release list, editor, history and review queue have no detectable accessibility violations", async ({ page }) => {
  const editor = createUser("editor");
  await signIn(page, editor);
  await startDraft(page, `Accessible release ${Date.now()}`, "Text.");
  const editorUrl = page.url();
  for (const url of ["/admin", "/admin/releases", "/admin/review", editorUrl, `${editorUrl}/history`, `${editorUrl}/preview`]) {
    await page.goto(url);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${url}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
