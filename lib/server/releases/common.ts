import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fieldErrorsOf } from "@/lib/schemas/action-state";
import { NOT_UNDERSTOOD, versionSchema } from "@/lib/schemas/release";
import { AppError } from "../errors";

export type Tx = Prisma.TransactionClient;

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Check the highlighted fields.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

// The version the editor last read travels in a hidden field, never typed by
// a person, so a bad one is a request not understood rather than a field to fix.
export function parseVersion(input: unknown): number {
  const parsed = versionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", NOT_UNDERSTOOD);
  return parsed.data;
}

export const RELEASE_FOR_CHANGE = {
  id: true,
  title: true,
  slug: true,
  status: true,
  version: true,
  publishAt: true,
  createdById: true,
  updatedBy: { select: { name: true } },
} satisfies Prisma.ReleaseSelect;

export async function loadForChangeOrThrow(tx: Tx, id: string) {
  const release = await tx.release.findUnique({ where: { id }, select: RELEASE_FOR_CHANGE });
  if (!release) throw new AppError("NOT_FOUND", "That release does not exist.");
  return release;
}

export function conflictError(current: { version: number; updatedBy: { name: string } | null }): AppError {
  const who = current.updatedBy ? ` by ${current.updatedBy.name}` : "";
  return new AppError(
    "CONFLICT",
    `This release was changed${who} after you opened it (now version ${current.version}). Your text has not been saved and is still in the editor; compare it with the newer version before saving again.`,
  );
}

// Bumps the version only if nobody changed the release since `expected`.
export async function bumpVersionOrConflict(tx: Tx, id: string, expected: number, data: Prisma.ReleaseUncheckedUpdateManyInput) {
  const { count } = await tx.release.updateMany({ where: { id, version: expected }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw conflictError(await loadForChangeOrThrow(tx, id));
  return expected + 1;
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
