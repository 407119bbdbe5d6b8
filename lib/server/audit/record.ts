import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../auth/permissions";

type Tx = Prisma.TransactionClient;

// Append one entry to the audit log inside the caller's transaction, so the
// entry exists exactly when the change it describes does.
export async function recordAudit(
  tx: Tx,
  actor: Pick<Actor, "id" | "email"> | null,
  action: string,
  target: { type: string; id?: string },
  details: Record<string, unknown> = {},
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? "",
      action,
      targetType: target.type,
      targetId: target.id ?? "",
      details: JSON.stringify(details),
    },
  });
}
