"use server";

import { redirect } from "next/navigation";
import { NOT_UNDERSTOOD, recordIdSchema, restoreRequestSchema, workflowRequestSchema, type ReleaseContent } from "@/lib/schemas/release";
import { toActionState } from "@/lib/server/action-state";
import { requireActor } from "@/lib/server/auth/session";
import { AppError, isAppError } from "@/lib/server/errors";
import { heartbeat } from "@/lib/server/releases/presence";
import { getReleaseForEditOrThrow } from "@/lib/server/releases/queries";
import { createRelease, restoreRevision, saveRelease } from "@/lib/server/releases/save";
import { correctRelease, publishRelease, scheduleRelease, submitRelease, unpublishRelease, withdrawRelease } from "@/lib/server/releases/workflow";
import { getSettings } from "@/lib/server/settings/get-settings";
import { zonedWallTimeToUtc } from "@/lib/time/schedule-label";
import type { SaveResult, WorkflowRequest } from "@/components/editor/types";

async function conflictDetails(id: string) {
  const actor = await requireActor();
  const current = await getReleaseForEditOrThrow(actor, id);
  return { version: current.version, title: current.title, body: current.body, summary: current.summary, updatedBy: current.updatedBy?.name ?? "someone" };
}

export async function createReleaseAction(content: ReleaseContent): Promise<SaveResult> {
  try {
    const actor = await requireActor();
    const created = await createRelease(actor, content);
    return { ok: true, id: created.id, version: created.version, slug: created.slug };
  } catch (error) {
    return toActionState(error);
  }
}

export async function saveReleaseAction(id: string, version: number, content: ReleaseContent): Promise<SaveResult> {
  try {
    const actor = await requireActor();
    const saved = await saveRelease(actor, idOrThrow(id), content, version);
    return { ok: true, id, version: saved.version, slug: saved.slug };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") return { ok: false, message: error.message, conflict: await conflictDetails(id) };
    return toActionState(error);
  }
}

// Arguments arrive from the network as whatever the caller sent.
function idOrThrow(id: unknown): string {
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) throw new AppError("INVALID", NOT_UNDERSTOOD);
  return parsed.data;
}

export async function workflowAction(id: string, version: number, untrusted: WorkflowRequest): Promise<SaveResult> {
  try {
    const actor = await requireActor();
    idOrThrow(id);
    const parsed = workflowRequestSchema.safeParse(untrusted);
    if (!parsed.success) throw new AppError("INVALID", NOT_UNDERSTOOD);
    const request = parsed.data;
    let result: { version: number };
    switch (request.kind) {
      case "submit": result = await submitRelease(actor, id, version); break;
      case "publish": result = await publishRelease(actor, id, version); break;
      case "unpublish": result = await unpublishRelease(actor, id, version); break;
      case "withdraw": result = await withdrawRelease(actor, id, version, { reason: request.reason }); break;
      case "correct": result = await correctRelease(actor, id, version, request.content as ReleaseContent, { note: request.note }); break;
      case "schedule": {
        const settings = await getSettings();
        const clock = settings.clocks.find((c) => c.zone === request.zone);
        const at = clock ? zonedWallTimeToUtc(request.local, clock.zone) : null;
        if (!at) throw new AppError("INVALID", "Check the highlighted fields.", { publishAt: ["Enter a date and time"] });
        result = await scheduleRelease(actor, id, version, at);
        break;
      }
    }
    return { ok: true, id, version: result.version };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT" && /changed/.test(error.message)) return { ok: false, message: error.message, conflict: await conflictDetails(id) };
    return toActionState(error);
  }
}

// Who else has the editor open. A refusal (signed out, bad id) shows nobody.
export async function heartbeatAction(id: string): Promise<string[]> {
  try {
    const actor = await requireActor();
    return (await heartbeat(actor, idOrThrow(id))).map((p) => p.name);
  } catch (error) {
    if (!isAppError(error)) console.error(error);
    return [];
  }
}

export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const request = restoreRequestSchema.safeParse(formData instanceof FormData ? Object.fromEntries(formData) : null);
  if (!request.success) redirect("/admin/releases");
  const parsed = request.data;
  let outcome = "restored=1";
  try {
    await restoreRevision(await requireActor(), parsed.releaseId, parsed.revisionId, parsed.version);
  } catch (error) {
    outcome = `error=${encodeURIComponent(toActionState(error).message ?? "Restoring failed")}`;
  }
  redirect(`/admin/releases/${encodeURIComponent(parsed.releaseId)}/history?${outcome}`);
}
