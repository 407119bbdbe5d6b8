import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export const ACCOUNT_FAILURES = 5;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;
// How far back failures keep counting towards a longer delay.
export const ACCOUNT_MEMORY_MS = 24 * 60 * 60_000;
export const FIRST_DELAY_MS = 60_000;
export const MAX_DELAY_MS = 60 * 60_000;
export const ADDRESS_FAILURES = 50;
export const ADDRESS_WINDOW_MS = 60 * 60_000;

// The pause after the nth failure (n ≥ 5): 1, 2, 4, 8 … minutes, capped at an hour.
export function lockDelayMs(failures: number): number {
  if (failures < ACCOUNT_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - ACCOUNT_FAILURES));
}

// When the account's sign-ins open again, or null when they are open now.
// Failures count from the last successful sign-in; a lock starts once five of
// them fall within fifteen minutes, and every further failure doubles it.
export async function accountLockedUntil(tx: Tx, email: string, now: Date): Promise<Date | null> {
  const lastSuccess = await tx.signInAttempt.findFirst({
    where: { email, succeeded: true, createdAt: { lte: now } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const since = new Date(Math.max(now.getTime() - ACCOUNT_MEMORY_MS, lastSuccess?.createdAt.getTime() ?? 0));
  const failures = await tx.signInAttempt.findMany({
    where: { email, succeeded: false, createdAt: { gt: since, lte: now } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
    take: 64,
  });
  if (failures.length < ACCOUNT_FAILURES) return null;
  const newest = failures[0]!.createdAt.getTime();
  const fifth = failures[ACCOUNT_FAILURES - 1]!.createdAt.getTime();
  if (newest - fifth > ACCOUNT_WINDOW_MS) return null;
  const until = new Date(newest + lockDelayMs(failures.length));
  return until > now ? until : null;
}

// Whether this client address has used up its failures for the hour.
export async function addressBlocked(tx: Tx, ip: string, now: Date): Promise<boolean> {
  const count = await tx.signInAttempt.count({
    where: { ip, succeeded: false, createdAt: { gt: new Date(now.getTime() - ADDRESS_WINDOW_MS), lte: now } },
  });
  return count >= ADDRESS_FAILURES;
}
