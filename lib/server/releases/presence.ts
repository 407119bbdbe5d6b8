import "server-only";
import { assertCan, type Actor } from "../auth/permissions";
import { db } from "../db";

// A browser with the editor open reports every ~15 s; after 45 s of silence
// the person no longer counts as present.
export const PRESENCE_WINDOW_MS = 45_000;

export async function heartbeat(actor: Actor, releaseId: string, now: Date = new Date()): Promise<{ name: string }[]> {
  assertCan(actor, "newsroom:enter");
  const client = await db();
  const exists = await client.release.findUnique({ where: { id: releaseId }, select: { id: true } });
  if (!exists) return [];
  await client.presence.upsert({
    where: { releaseId_userId: { releaseId, userId: actor.id } },
    create: { releaseId, userId: actor.id, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  return othersPresent(actor, releaseId, now);
}

export async function othersPresent(actor: Actor, releaseId: string, now: Date = new Date()): Promise<{ name: string }[]> {
  assertCan(actor, "newsroom:enter");
  const client = await db();
  const rows = await client.presence.findMany({
    where: { releaseId, userId: { not: actor.id }, lastSeenAt: { gte: new Date(now.getTime() - PRESENCE_WINDOW_MS) } },
    select: { user: { select: { name: true } } },
    orderBy: { lastSeenAt: "desc" },
    take: 20,
  });
  return rows.map((row) => ({ name: row.user.name }));
}
