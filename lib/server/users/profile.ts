import "server-only";
import { z } from "@/lib/schemas/messages";
import { fieldErrorsOf } from "@/lib/schemas/action-state";
import { nameSchema, passwordSchema } from "@/lib/schemas/user";
import { hashPassword, verifyPassword } from "../auth/password";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { AppError } from "../errors";

const nameInput = z.object({ name: nameSchema });
const passwordInput = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(200),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two new passwords differ" });

function invalid(error: z.ZodError): never {
  throw new AppError("INVALID", error.issues[0]?.message ?? "Invalid input", fieldErrorsOf(error));
}

export async function updateOwnName(actor: Actor, input: { name: string }): Promise<void> {
  assertCan(actor, "profile:edit");
  const parsed = nameInput.safeParse(input);
  if (!parsed.success) invalid(parsed.error);
  const client = await db();
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { name: parsed.data.name } });
    await recordAudit(tx, actor, "profile.update", { type: "User", id: actor.id }, { field: "name", from: actor.name, to: parsed.data.name });
  });
}

// Ends every session of the account, this one included: the person signs in
// again with the new password.
export async function changeOwnPassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string; confirmPassword: string },
): Promise<void> {
  assertCan(actor, "profile:edit");
  const parsed = passwordInput.safeParse(input);
  if (!parsed.success) invalid(parsed.error);
  const client = await db();
  const row = await client.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, parsed.data.currentPassword))) {
    throw new AppError("INVALID", "Your current password is not right", { currentPassword: ["Your current password is not right"] });
  }
  const passwordHash = await hashPassword(parsed.data.newPassword);
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actor, "profile.update", { type: "User", id: actor.id }, { field: "password" });
  });
}
