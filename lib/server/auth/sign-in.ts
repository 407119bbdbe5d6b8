import "server-only";
import { z } from "@/lib/schemas/messages";
import { db } from "../db";
import { recordAudit } from "../audit/record";
import { dummyPasswordHash, verifyPassword } from "./password";
import { clientAddress } from "./client-address";
import { accountLockedUntil, addressBlocked } from "./throttle";

// One message for every refusal, so nobody learns whether an account exists.
export const SIGN_IN_REFUSED = "Email or password is incorrect, or sign-in is paused for this account. Try again later.";

// No NUL: PostgreSQL cannot compare it, and no real address or password has one.
const noNul = (v: string) => !v.includes("\u0000");
const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).refine(noNul),
  password: z.string().max(200).refine(noNul),
});

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

export async function signIn(input: {
  email: string;
  password: string;
  headers: Record<string, string | string[] | undefined> | Headers;
  now?: Date;
  trustProxy?: boolean;
}): Promise<SignedInUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new Error(SIGN_IN_REFUSED);
  const { email, password } = parsed.data;
  const now = input.now ?? new Date();
  const client = await db();
  const ip = clientAddress(input.headers, input.trustProxy);

  // Throttled before the password is even looked at, and the same for an
  // account that does not exist, so a lock says nothing about existence.
  // Refusals while locked are not recorded: they test no password.
  if ((await addressBlocked(client, ip, now)) || (await accountLockedUntil(client, email, now))) {
    await dummyPasswordHash().then((hash) => verifyPassword(hash, password));
    throw new Error(SIGN_IN_REFUSED);
  }

  const user = await client.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password);
  if (!user || !ok || user.disabled) {
    await client.signInAttempt.create({ data: { email, ip, succeeded: false, createdAt: now } });
    throw new Error(SIGN_IN_REFUSED);
  }
  await client.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, ip, succeeded: true, createdAt: now } });
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await recordAudit(tx, user, "user.sign-in", { type: "User", id: user.id }, { ip });
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
