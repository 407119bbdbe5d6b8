import { expect, test } from "@playwright/test";
import { createUser, signIn } from "../support/users";

// Runs first (file order): the e2e database starts with no account.
test.describe.configure({ mode: "serial" });

test("health answers ok on the migrated embedded database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("the first visitor creates the admin at /setup, then setup is closed", async ({ page }) => {
  await page.goto("/setup");
  await expect(page.getByRole("heading", { name: "Set up Pressroom" })).toBeVisible();
  await page.getByLabel("Your name").fill("First Admin");
  await page.getByLabel("Email").fill("first-admin@e2e.example");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page.getByText("Password must be at least 12 characters").first()).toBeVisible();
  // What was typed is kept in the other fields after a refusal.
  await page.getByLabel("Password").fill("the first admin passphrase");
  await page.getByLabel("Your name").fill("First Admin");
  await page.getByLabel("Email").fill("first-admin@e2e.example");
  await page.getByRole("button", { name: "Create admin account" }).click();
  await expect(page).toHaveURL(/\/login\?setup=done/);
  await expect(page.getByText("Your admin account is ready")).toBeVisible();

  await signIn(page, { email: "first-admin@e2e.example", password: "the first admin passphrase" });
  await expect(page.getByText("Signed in as First Admin (admin)")).toBeVisible();

  await page.goto("/setup");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password is refused without saying whether the account exists", async ({ page }) => {
  const user = createUser("writer");
  for (const email of [user.email, "nobody@e2e.example"]) {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not the right passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email or password is incorrect, or sign-in is paused for this account. Try again later.");
  }
});

test("the newsroom sends an anonymous visitor to sign in", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login/);
});
