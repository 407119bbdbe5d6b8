import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";

const DB_FILE = path.resolve(__dirname, "..", "..", "data", "e2e", "pressroom.db");

export type ReleaseRow = { id: string; slug: string; status: string; publishAt: string | null; withdrawalReason: string | null; body: string; version: number };

// Reads what the server stored, as an operator would with sqlite3.
export function releaseByTitle(title: string): ReleaseRow | undefined {
  const database = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return database.prepare("SELECT id, slug, status, publishAt, withdrawalReason, body, version FROM Release WHERE title = ?").get(title) as ReleaseRow | undefined;
  } finally {
    database.close();
  }
}

export function auditActionsFor(id: string): string[] {
  const database = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare("SELECT action FROM AuditEvent WHERE targetId = ? ORDER BY createdAt").all(id) as { action: string }[]).map((r) => r.action);
  } finally {
    database.close();
  }
}

export function redirectTarget(fromSlug: string): string | undefined {
  const database = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare("SELECT releaseId FROM SlugRedirect WHERE fromSlug = ?").get(fromSlug) as { releaseId: string } | undefined)?.releaseId;
  } finally {
    database.close();
  }
}

export async function typeBody(page: Page, text: string): Promise<void> {
  const body = page.getByRole("textbox", { name: "Body", exact: true });
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

// Starts a draft, waits until the server has saved it, and returns its id.
// `base` is for journeys that run a server of their own.
export async function startDraft(page: Page, title: string, body: string, base = ""): Promise<string> {
  await page.goto(`${base}/admin/releases/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Category").selectOption({ label: "Press releases" });
  await page.getByLabel("Author byline").selectOption({ label: "Embassy Press Officer" });
  await typeBody(page, body);
  await expect(page.getByText(/Saved at .* \(version \d+\)/)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/releases\/[a-z0-9]+$/);
  return page.url().split("/").pop() ?? "";
}
