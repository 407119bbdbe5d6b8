import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..", "..");
export const E2E_DATABASE_URL = `file:${path.join(ROOT, "data", "e2e", "pressroom.db")}`;
export const PASSWORD = "a long e2e passphrase 42";

export type TestUser = { email: string; name: string; role: "admin" | "editor" | "writer"; password: string };

// Creates an account the way an operator would: with npm run user:create.
export function createUser(role: TestUser["role"], name = `E2E ${role}`): TestUser {
  const email = `${role}-${crypto.randomBytes(4).toString("hex")}@e2e.example`;
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/user-create.ts", "--email", email, "--name", name, "--role", role, "--password", PASSWORD], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    stdio: "pipe",
  });
  return { email, name, role, password: PASSWORD };
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">, next = "/admin"): Promise<void> {
  await page.goto(`/login?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, "\\$&")}`));
}
