import { expect, test, type Browser, type Page, type TestInfo } from "@playwright/test";
import { createUser, signIn, type TestUser } from "../support/users";

const REFUSED = "Email or password is incorrect, or sign-in is paused for this account. Try again later.";

async function newPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  return context.newPage();
}

async function tryPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe.configure({ mode: "serial" });

let admin: TestUser;
test.beforeAll(() => {
  admin = createUser("admin", "Office Admin");
});

test("an admin creates a writer who signs in, then disables them and their open session is refused at once", async ({ page, browser }, testInfo) => {
  await signIn(page, admin, "/admin/users");
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  const email = `new-writer-${Date.now()}@e2e.example`;
  const create = page.locator("form", { has: page.getByRole("button", { name: "Create account" }) });
  await create.getByLabel("Name").fill("Nadia Writer");
  await create.getByLabel("Email").fill(email);
  await create.getByLabel("Role").selectOption("WRITER");
  await create.getByRole("button", { name: "Create account" }).click();
  await expect(create.getByText(`Account created for ${email}.`)).toBeVisible();
  const oneTimePassword = (await create.locator("code").textContent()) ?? "";
  expect(oneTimePassword).toMatch(/^[a-z2-9-]{23}$/);
  const row = page.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("writer");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");

  const writerPage = await newPage(browser, testInfo);
  await signIn(writerPage, { email, password: oneTimePassword });
  await expect(writerPage.getByText("Signed in as Nadia Writer (writer)")).toBeVisible();
  // A writer cannot open the users page: the data layer refuses.
  await writerPage.goto("/admin/users");
  await expect(writerPage.getByRole("alert").filter({ hasText: "Your role does not allow this." })).toBeVisible();

  await page.reload();
  await row.getByRole("button", { name: /^Disable/ }).click();
  await expect(row).toContainText("Disabled");

  // The writer's very next request is refused, long before the token expires.
  await writerPage.goto("/admin");
  await expect(writerPage).toHaveURL(/\/login/);
  await tryPassword(writerPage, email, oneTimePassword);
  await expect(writerPage.locator("form").getByRole("alert")).toHaveText(REFUSED);
  await writerPage.context().close();

  await page.goto("/admin/audit?action=user.disable");
  await expect(page.getByRole("row", { name: /user\.disable/ }).first()).toContainText(email);
});

test("five wrong passwords lock an account; then even the right one gets the same refusal", async ({ page }) => {
  const user = createUser("writer", "Locked Writer");
  for (let i = 0; i < 5; i += 1) {
    await tryPassword(page, user.email, `wrong passphrase number ${i}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText(REFUSED);
  }
  await tryPassword(page, user.email, user.password);
  await expect(page.locator("form").getByRole("alert")).toHaveText(REFUSED);
  await expect(page).toHaveURL(/\/login/);
});

test("an admin changes the site settings, validated and audited", async ({ page }) => {
  await signIn(page, admin, "/admin/settings");
  const before = {
    siteName: await page.getByLabel("Site name").inputValue(),
    phone: await page.getByLabel("Consular phone").inputValue(),
    clock2: await page.getByLabel("Second clock label").inputValue(),
  };
  const name = `Press Office ${Date.now()}`;
  await page.getByLabel("Site name").fill(name);
  await page.getByLabel("Consular phone").fill("call us");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Use digits, spaces, brackets and + only", { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Site name")).not.toHaveValue(name);
  await page.getByLabel("Site name").fill(name);
  await page.getByLabel("Consular phone").fill("+44 (0) 20 7946 0999");
  await page.getByLabel("Second clock label").fill("Edinburgh");
  await page.getByLabel("First clock time zone").selectOption("Europe/Moscow");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Site name")).toHaveValue(name);

  await page.goto("/admin/audit?action=settings.update");
  await expect(page.getByRole("row", { name: /settings\.update/ }).first()).toContainText(name);

  // The public masthead shows the change within seconds (the save refreshes the cache).
  await expect(async () => {
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("link", { name, exact: true })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "+44 (0) 20 7946 0999" })).toHaveAttribute("href", "tel:+442079460999");
  await expect(banner.getByTestId("clock").nth(1)).toContainText("Edinburgh:");

  // Put the defaults back so later journeys see the standard masthead.
  await page.goto("/admin/settings");
  await page.getByLabel("Site name").fill(before.siteName);
  await page.getByLabel("Consular phone").fill(before.phone);
  await page.getByLabel("Second clock label").fill(before.clock2);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.")).toBeVisible();
});

test("an editor manages categories, and one in use cannot be deleted", async ({ page }) => {
  const editor = createUser("editor", "Desk Editor");
  await signIn(page, editor, "/admin/categories");
  const name = `Visits ${Date.now()}`;
  await page.getByLabel("New category name").fill(name);
  await page.getByRole("button", { name: "Add category" }).click();
  const item = page.getByRole("listitem").filter({ has: page.locator(`input[value="${name}"]`) });
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: /^Delete/ }).click();
  await expect(item).toHaveCount(0);

  // A seeded category has releases: deleting it says what uses it.
  const used = page.getByRole("listitem").filter({ hasText: /[1-9]\d* releases?/ }).first();
  await used.getByRole("button", { name: /^Delete/ }).click();
  await expect(used.getByText(/^Used by \d+ releases? \(drafts included\)/)).toBeVisible();
});

test("a writer changes their own name and password; the current password is required", async ({ page }) => {
  const writer = createUser("writer", "Plain Writer");
  await signIn(page, writer, "/admin/profile");
  await page.getByLabel("Your name").fill("Renamed Writer");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Name saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Signed in as Renamed Writer (writer)")).toBeVisible();

  const newPassword = "a fresh writer passphrase 7";
  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not right").first()).toBeVisible();

  await page.getByLabel("Current password").fill(writer.password);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("New password again").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, { email: writer.email, password: newPassword }, "/admin/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
});
