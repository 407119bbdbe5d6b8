import "server-only";
import { fieldErrorsOf } from "@/lib/schemas/action-state";
import { newUserSchema, type NewUserInput } from "@/lib/schemas/user";
import { hashPassword } from "../auth/password";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { AppError } from "../errors";

export type UserSummary = { id: string; email: string; name: string; role: string };

function parse(input: NewUserInput) {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message ?? "Invalid input";
    throw new AppError("INVALID", first, fieldErrorsOf(parsed.error));
  }
  const local = parsed.data.email.split("@")[0] ?? "";
  if (local.length >= 4 && parsed.data.password.toLowerCase().includes(local)) {
    throw new AppError("INVALID", "Password must not contain the email address", {
      password: ["Password must not contain the email address"],
    });
  }
  return parsed.data;
}

async function insert(input: NewUserInput, actor: Actor | null, via: string) {
  const data = parse(input);
  const passwordHash = await hashPassword(data.password);
  const client = await db();
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: data.email, name: data.name, role: data.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await recordAudit(tx, actor, "user.create", { type: "User", id: user.id }, { email: user.email, role: user.role, via });
      return user;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", `A user with the email ${data.email} already exists`, {
        email: ["A user with this email already exists"],
      });
    }
    throw error;
  }
}

// An admin creating an account from the newsroom.
export async function createUser(actor: Actor, input: NewUserInput): Promise<UserSummary> {
  assertCan(actor, "user:manage");
  return insert(input, actor, "admin");
}

// The operator at the command line: whoever runs the server's shell is trusted.
export function createUserFromCli(input: NewUserInput): Promise<UserSummary> {
  return insert(input, null, "cli");
}

// First run: allowed only while no user exists at all, checked inside the transaction.
export async function createFirstAdmin(input: Omit<NewUserInput, "role">): Promise<UserSummary> {
  const data = parse({ ...input, role: "ADMIN" });
  const passwordHash = await hashPassword(data.password);
  const client = await db();
  return client.$transaction(async (tx) => {
    if ((await tx.user.count()) > 0) {
      throw new AppError("CONFLICT", "Setup is already complete: sign in instead");
    }
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: "ADMIN", passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await recordAudit(tx, { id: user.id, email: user.email }, "user.setup", { type: "User", id: user.id });
    return user;
  });
}
