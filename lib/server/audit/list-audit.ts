import "server-only";
import { z } from "@/lib/schemas/messages";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, type Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";

export const AUDIT_PAGE_SIZE = 50;

const day = z.iso.date({ error: "Use a date like 2026-12-01" });

export const auditFilterSchema = z.object({
  actorId: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  from: day.optional(), // inclusive, UTC day
  to: day.optional(), // inclusive, UTC day
  // Keyset cursor: the last entry of the previous page.
  before: z.string().trim().max(64).optional(),
});
export type AuditFilter = z.input<typeof auditFilterSchema>;

export type AuditEntry = {
  id: string;
  createdAt: Date;
  actorEmail: string;
  action: string;
  targetType: string;
  targetId: string;
  details: string;
};

// Read-only by design: the app has no code path that edits or deletes an entry.
export async function listAuditEvents(actor: Actor, filter: AuditFilter): Promise<{ entries: AuditEntry[]; nextCursor: string | null }> {
  assertCan(actor, "audit:view");
  const parsed = auditFilterSchema.safeParse(Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== "" && v !== undefined)));
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Invalid filter");
  const f = parsed.data;
  const client = await db();
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.actorId) and.push({ actorId: f.actorId });
  if (f.action) and.push({ action: f.action });
  if (f.from) and.push({ createdAt: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ createdAt: { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } });
  if (f.before) {
    const cursor = await client.auditEvent.findUnique({ where: { id: f.before }, select: { id: true, createdAt: true } });
    if (cursor) and.push({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });
  }
  const rows = await client.auditEvent.findMany({
    where: { AND: and },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, createdAt: true, actorEmail: true, action: true, targetType: true, targetId: true, details: true },
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  return { entries, nextCursor: rows.length > AUDIT_PAGE_SIZE ? entries.at(-1)!.id : null };
}

// What the filter menus offer.
export async function auditFilterOptions(actor: Actor): Promise<{ users: { id: string; label: string }[]; actions: string[] }> {
  assertCan(actor, "audit:view");
  const client = await db();
  const [users, actions] = await Promise.all([
    client.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    client.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { users: users.map((u) => ({ id: u.id, label: `${u.name} <${u.email}>` })), actions: actions.map((a) => a.action) };
}
