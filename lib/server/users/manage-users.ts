import "server-only";
import { z } from "@/lib/schemas/messages";
import { fieldErrorsOf } from "@/lib/schemas/action-state";
import { emailSchema, nameSchema, roleSchema, type RoleName } from "@/lib/schemas/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "../auth/password";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { AppError } from "../errors";
import { createUser, type UserSummary } from "./create-user";
import { oneTimePassword } from "./one-time-password";

type Tx = Prisma.TransactionClient;

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: RoleName;
  disabled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
};

export async function listUsers(actor: Actor): Promise<UserRow[]> {
  assertCan(actor, "user:manage");
  const client = await db();
  return client.user.findMany({
    orderBy: [{ disabled: "asc" }, { name: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabled: true, lastSignInAt: true, createdAt: true },
  });
}

const newAccountSchema = z.object({ email: emailSchema, name: nameSchema, role: roleSchema });

function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Invalid input", fieldErrorsOf(parsed.error));
  return parsed.data;
}

// A new account with a random password the admin passes on; shown once, stored only as a hash.
export async function createUserWithOneTimePassword(
  actor: Actor,
  input: { email: string; name: string; role: string },
): Promise<{ user: UserSummary; oneTimePassword: string }> {
  assertCan(actor, "user:manage");
  const data = parseOrThrow(newAccountSchema, input);
  const password = oneTimePassword();
  const user = await createUser(actor, { ...data, password });
  return { user, oneTimePassword: password };
}

// Serializable, so two admins demoting each other at once cannot both succeed.
async function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await db();
  try {
    return await client.$transaction(fn, { isolationLevel: "Serializable" });
  } catch (error) {
    if ((error as { code?: string }).code === "P2034") {
      throw new AppError("CONFLICT", "Someone else changed accounts at the same moment. Please try again.");
    }
    throw error;
  }
}

async function targetOrThrow(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, disabled: true } });
  if (!user) throw new AppError("NOT_FOUND", "That account no longer exists.");
  return user;
}

// Refuses a change that would leave no enabled admin. Checked inside the
// transaction that makes the change.
async function assertAnotherActiveAdmin(tx: Tx, userId: string, what: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", disabled: false, id: { not: userId } } });
  if (others === 0) throw new AppError("CONFLICT", `This is the last active admin, so it cannot be ${what}. Make another admin first.`);
}

export async function changeRole(actor: Actor, userId: string, role: string): Promise<void> {
  assertCan(actor, "user:manage");
  const next = parseOrThrow(roleSchema, role);
  await inTransaction(async (tx) => {
    const user = await targetOrThrow(tx, userId);
    if (user.role === next) return;
    if (user.role === "ADMIN" && !user.disabled) await assertAnotherActiveAdmin(tx, user.id, "demoted");
    await tx.user.update({ where: { id: user.id }, data: { role: next, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, "user.role", { type: "User", id: user.id }, { email: user.email, from: user.role, to: next });
  });
}

export async function setUserDisabled(actor: Actor, userId: string, disabled: boolean): Promise<void> {
  assertCan(actor, "user:manage");
  await inTransaction(async (tx) => {
    const user = await targetOrThrow(tx, userId);
    if (user.disabled === disabled) return;
    if (disabled && user.role === "ADMIN") await assertAnotherActiveAdmin(tx, user.id, "disabled");
    await tx.user.update({ where: { id: user.id }, data: { disabled, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, disabled ? "user.disable" : "user.enable", { type: "User", id: user.id }, { email: user.email });
  });
}

// A fresh random password; every open session of the account ends.
export async function resetPassword(actor: Actor, userId: string): Promise<{ oneTimePassword: string }> {
  assertCan(actor, "user:manage");
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await inTransaction(async (tx) => {
    const user = await targetOrThrow(tx, userId);
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, "user.reset-password", { type: "User", id: user.id }, { email: user.email });
  });
  return { oneTimePassword: password };
}
