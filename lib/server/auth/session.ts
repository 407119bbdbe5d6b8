import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db";
import { AppError } from "../errors";
import { authOptions } from "./options";
import type { Actor } from "./permissions";

// The signed-in person for this request, read fresh from the database each
// request: a disabled account, a changed role or a reset password (each bumps
// sessionVersion) is refused on the very next request.
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sv?: number } | null;
  if (!session?.userId) return null;
  const client = await db();
  const user = await client.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== session.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return actor;
}
