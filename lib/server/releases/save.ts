import "server-only";
import { sanitizeBody } from "@/lib/content/sanitize";
import { slugify } from "@/lib/content/slug";
import { releaseContentSchema, type ReleaseContent } from "@/lib/schemas/release";
import { recordAudit } from "../audit/record";
import { assertCan, canEditRelease, type Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { bumpVersionOrConflict, isUniqueViolation, loadForChangeOrThrow, parseOrThrow, parseVersion, type Tx } from "./common";
import { revalidatePublicSite } from "./revalidate";

export type Content = ReturnType<typeof clean>;

export function clean(input: ReleaseContent) {
  const data = parseOrThrow(releaseContentSchema, input);
  return {
    title: data.title,
    slug: data.slug || slugify(data.title) || "release",
    summary: data.summary,
    body: sanitizeBody(data.body),
    question: data.question ? data.question : null,
    categoryId: data.categoryId,
    authorId: data.authorId,
    featured: data.featured,
    publishAt: data.publishAt,
    changeSlug: data.changeSlug,
    slugGiven: data.slug !== "",
  };
}

async function assertSlugFree(tx: Tx, slug: string, releaseId: string | null): Promise<void> {
  const [release, redirect] = await Promise.all([
    tx.release.findUnique({ where: { slug }, select: { id: true } }),
    tx.slugRedirect.findUnique({ where: { fromSlug: slug }, select: { releaseId: true } }),
  ]);
  if ((release && release.id !== releaseId) || (redirect && redirect.releaseId !== releaseId)) {
    throw new AppError("INVALID", "Check the highlighted fields.", { slug: ["That address is already used by another release"] });
  }
}

// A new draft's address: the one asked for, or the title's slug made unique.
async function freeSlugFor(tx: Tx, content: Content): Promise<string> {
  if (content.slugGiven) {
    await assertSlugFree(tx, content.slug, null);
    return content.slug;
  }
  for (let n = 1; n < 50; n++) {
    const candidate = n === 1 ? content.slug : `${content.slug}-${n}`;
    const taken = await tx.release.findUnique({ where: { slug: candidate }, select: { id: true } });
    const redirected = await tx.slugRedirect.findUnique({ where: { fromSlug: candidate }, select: { id: true } });
    if (!taken && !redirected) return candidate;
  }
  throw new AppError("INVALID", "Choose an address.", { slug: ["Choose a different address"] });
}

function revisionData(releaseId: string, version: number, actor: Actor, c: Omit<Content, "changeSlug" | "slugGiven">, note: string) {
  return {
    releaseId, version, createdById: actor.id, note,
    title: c.title, slug: c.slug, summary: c.summary, body: c.body, question: c.question,
    categoryId: c.categoryId, authorId: c.authorId, featured: c.featured, publishAt: c.publishAt,
  };
}

export async function createRelease(actor: Actor, input: ReleaseContent): Promise<{ id: string; slug: string; version: number }> {
  assertCan(actor, "release:create");
  const content = clean(input);
  const client = await db();
  try {
    return await client.$transaction(async (tx) => {
      const slug = await freeSlugFor(tx, content);
      const release = await tx.release.create({
        data: {
          title: content.title, slug, summary: content.summary, body: content.body, question: content.question,
          categoryId: content.categoryId, authorId: content.authorId, featured: content.featured, publishAt: content.publishAt,
          createdById: actor.id, updatedById: actor.id,
        },
        select: { id: true, slug: true, version: true },
      });
      await tx.revision.create({ data: revisionData(release.id, 1, actor, { ...content, slug }, "Created") });
      await recordAudit(tx, actor, "release.create", { type: "release", id: release.id }, { title: content.title });
      return release;
    });
  } catch (error) {
    throw mapWriteError(error);
  }
}

// Once readers may have seen an address, it changes only when an editor says so.
async function slugIsFrozen(tx: Tx, release: { id: string; status: string }): Promise<boolean> {
  if (release.status === "PUBLISHED" || release.status === "WITHDRAWN" || release.status === "SCHEDULED") return true;
  const published = await tx.auditEvent.findFirst({ where: { targetType: "release", targetId: release.id, action: "release.publish" }, select: { id: true } });
  return published !== null;
}

type SaveOptions = { note?: string; auditAction?: string; auditDetails?: Record<string, unknown> };

// Saves content over `expectedVersion`; a stale version is refused (CONFLICT).
export async function saveRelease(actor: Actor, id: string, input: ReleaseContent, expectedVersion: number, options: SaveOptions = {}): Promise<{ version: number; slug: string }> {
  assertCan(actor, "newsroom:enter");
  const expected = parseVersion(expectedVersion);
  const content = clean(input);
  const client = await db();
  let publicChange = false;
  try {
    const result = await client.$transaction((tx) => saveInTx(tx, actor, id, content, expected, options, (v) => (publicChange = v)));
    if (publicChange) revalidatePublicSite();
    return result;
  } catch (error) {
    throw mapWriteError(error);
  }
}

export async function saveInTx(tx: Tx, actor: Actor, id: string, content: Content, expected: number, options: SaveOptions, markPublic: (v: boolean) => void) {
  const release = await loadForChangeOrThrow(tx, id);
  if (!canEditRelease(actor, release)) {
    throw new AppError("FORBIDDEN", release.createdById === actor.id ? "This release has been submitted; only an editor can change it now." : "Your role does not allow you to edit this release.");
  }
  let slug = content.slug;
  if (!content.slugGiven) slug = release.slug;
  if (slug !== release.slug) {
    const frozen = await slugIsFrozen(tx, release);
    if (frozen && !content.changeSlug) {
      throw new AppError("INVALID", "Check the highlighted fields.", { slug: ["The address is fixed once published; tick “Change the published address” to change it deliberately"] });
    }
    if (frozen) assertCan(actor, "release:edit-any");
    await assertSlugFree(tx, slug, release.id);
    await tx.slugRedirect.deleteMany({ where: { fromSlug: slug, releaseId: release.id } });
    if (frozen) await tx.slugRedirect.create({ data: { fromSlug: release.slug, releaseId: release.id } });
  }
  const data = {
    title: content.title, slug, summary: content.summary, body: content.body, question: content.question,
    categoryId: content.categoryId, authorId: content.authorId, featured: content.featured, publishAt: content.publishAt,
  };
  if (release.status === "SCHEDULED" || release.status === "PUBLISHED") {
    // A live release keeps its publish time unless it is rescheduled through the workflow.
    data.publishAt = release.publishAt;
  }
  const version = await bumpVersionOrConflict(tx, id, expected, { ...data, updatedById: actor.id });
  await tx.revision.create({ data: revisionData(id, version, actor, data, options.note ?? "") });
  await recordAudit(tx, actor, options.auditAction ?? "release.save", { type: "release", id }, { version, ...(slug !== release.slug ? { slugFrom: release.slug, slugTo: slug } : {}), ...options.auditDetails });
  markPublic(release.status !== "DRAFT" && release.status !== "IN_REVIEW");
  return { version, slug };
}

export async function restoreRevision(actor: Actor, releaseId: string, revisionId: string, expectedVersion: number): Promise<{ version: number }> {
  assertCan(actor, "release:restore");
  const client = await db();
  const revision = await client.revision.findFirst({ where: { id: revisionId, releaseId } });
  if (!revision) throw new AppError("NOT_FOUND", "That revision does not exist.");
  const current = await client.release.findUnique({ where: { id: releaseId }, select: { slug: true } });
  return saveRelease(
    actor,
    releaseId,
    {
      title: revision.title, slug: current?.slug ?? revision.slug, summary: revision.summary, body: revision.body, question: revision.question ?? "",
      categoryId: revision.categoryId, authorId: revision.authorId, featured: revision.featured, publishAt: revision.publishAt,
    },
    expectedVersion,
    { note: `Restored version ${revision.version}`, auditAction: "release.restore", auditDetails: { revisionId, restoredVersion: revision.version } },
  );
}

// The SQLite adapter reports any constraint raised by a trigger as P2003 too;
// only the database's own foreign-key codes mean a missing category or author.
function isForeignKeyFailure(error: object): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta?.driverAdapterError?.cause;
  const code = cause?.originalCode;
  return code === undefined || code === "SQLITE_CONSTRAINT_FOREIGNKEY" || code === "23503";
}

export function mapWriteError(error: unknown): unknown {
  if (isUniqueViolation(error)) return new AppError("INVALID", "Check the highlighted fields.", { slug: ["That address is already used by another release"] });
  // A category or author id that does not exist (deleted meanwhile, or made up).
  if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003" && isForeignKeyFailure(error)) {
    return new AppError("INVALID", "The chosen category or author does not exist any more; choose another.");
  }
  return error;
}
