import "server-only";
import { correctionSchema, withdrawSchema, type ReleaseContent } from "@/lib/schemas/release";
import { recordAudit } from "../audit/record";
import { assertCan, canEditRelease, type Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { bumpVersionOrConflict, loadForChangeOrThrow, parseOrThrow, parseVersion, type Tx } from "./common";
import { revalidatePublicSite } from "./revalidate";
import { clean, mapWriteError, saveInTx } from "./save";

type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN";

const STATUS_WORD: Record<Status, string> = {
  DRAFT: "a draft", IN_REVIEW: "in review", SCHEDULED: "scheduled", PUBLISHED: "published", WITHDRAWN: "withdrawn",
};

function assertFrom(release: { status: string }, allowed: readonly Status[], what: string): void {
  if (!allowed.includes(release.status as Status)) {
    throw new AppError("CONFLICT", `This release is ${STATUS_WORD[release.status as Status] ?? release.status}, so it cannot be ${what}.`);
  }
}

async function transition(
  actor: Actor,
  id: string,
  expectedVersion: number,
  audit: string,
  change: (tx: Tx, release: Awaited<ReturnType<typeof loadForChangeOrThrow>>) => Promise<Record<string, unknown>>,
  isPublic: boolean,
): Promise<{ version: number }> {
  const expected = parseVersion(expectedVersion);
  const client = await db();
  const result = await client.$transaction(async (tx) => {
    const release = await loadForChangeOrThrow(tx, id);
    const details = await change(tx, release);
    const version = await bumpVersionOrConflict(tx, id, expected, { ...(details.data as object), updatedById: actor.id });
    await recordAudit(tx, actor, audit, { type: "release", id }, { from: release.status, version, ...(details.audit as object) });
    return { version };
  });
  if (isPublic) revalidatePublicSite();
  return result;
}

export async function submitRelease(actor: Actor, id: string, expectedVersion: number) {
  assertCan(actor, "release:submit");
  return transition(actor, id, expectedVersion, "release.submit", async (_tx, release) => {
    if (!canEditRelease(actor, release)) throw new AppError("FORBIDDEN", "You can submit only your own drafts.");
    assertFrom(release, ["DRAFT"], "submitted for review");
    return { data: { status: "IN_REVIEW" } };
  }, false);
}

export async function publishRelease(actor: Actor, id: string, expectedVersion: number, now: Date = new Date()) {
  assertCan(actor, "release:publish");
  return transition(actor, id, expectedVersion, "release.publish", async (_tx, release) => {
    assertFrom(release, ["DRAFT", "IN_REVIEW", "SCHEDULED"], "published");
    return { data: { status: "PUBLISHED", publishAt: now, withdrawnAt: null, withdrawalReason: null } };
  }, true);
}

export async function scheduleRelease(actor: Actor, id: string, expectedVersion: number, at: Date, now: Date = new Date()) {
  assertCan(actor, "release:publish");
  if (!(at instanceof Date) || Number.isNaN(at.getTime()) || at.getTime() <= now.getTime() || at.getUTCFullYear() > 9999) {
    const tooFar = at instanceof Date && at.getUTCFullYear() > 9999;
    throw new AppError("INVALID", "Check the highlighted fields.", { publishAt: [tooFar ? "Choose a date before the year 10000" : "Choose a time in the future"] });
  }
  return transition(actor, id, expectedVersion, "release.schedule", async (_tx, release) => {
    assertFrom(release, ["DRAFT", "IN_REVIEW", "SCHEDULED"], "scheduled");
    return { data: { status: "SCHEDULED", publishAt: at }, audit: { publishAt: at.toISOString() } };
  }, true);
}

export async function unpublishRelease(actor: Actor, id: string, expectedVersion: number) {
  assertCan(actor, "release:unpublish");
  return transition(actor, id, expectedVersion, "release.unpublish", async (_tx, release) => {
    assertFrom(release, ["PUBLISHED", "SCHEDULED"], "unpublished");
    return { data: { status: "DRAFT" } };
  }, true);
}

export async function withdrawRelease(actor: Actor, id: string, expectedVersion: number, input: { reason: string }, now: Date = new Date()) {
  assertCan(actor, "release:withdraw");
  const { reason } = parseOrThrow(withdrawSchema, input);
  return transition(actor, id, expectedVersion, "release.withdraw", async (_tx, release) => {
    assertFrom(release, ["PUBLISHED", "SCHEDULED"], "withdrawn");
    return { data: { status: "WITHDRAWN", withdrawnAt: now, withdrawalReason: reason }, audit: { reason } };
  }, true);
}

// A correction edits a published release and tells readers so ("Updated on …: note").
export async function correctRelease(actor: Actor, id: string, expectedVersion: number, input: ReleaseContent, correction: { note: string }) {
  assertCan(actor, "release:correct");
  const { note } = parseOrThrow(correctionSchema, correction);
  const expected = parseVersion(expectedVersion);
  const content = clean(input);
  const client = await db();
  const result = await client
    .$transaction(async (tx) => {
      const release = await loadForChangeOrThrow(tx, id);
      assertFrom(release, ["PUBLISHED"], "corrected");
      const saved = await saveInTx(tx, actor, id, content, expected, { note: `Correction: ${note}`, auditAction: "release.correct", auditDetails: { note } }, () => undefined);
      await tx.correction.create({ data: { releaseId: id, note, createdById: actor.id } });
      return saved;
    })
    .catch((error: unknown) => {
      throw mapWriteError(error);
    });
  revalidatePublicSite();
  return result;
}
