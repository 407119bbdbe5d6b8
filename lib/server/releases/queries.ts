import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { releaseListSchema } from "@/lib/schemas/release";
import { assertCan, type Actor } from "../auth/permissions";
import { db } from "../db";
import { findNewsroomReleaseIds } from "../search/search-releases";
import { AppError } from "../errors";

export const PAGE_SIZE = 25;

const LIST_SELECT = {
  id: true, title: true, slug: true, status: true, publishAt: true, updatedAt: true, featured: true,
  category: { select: { name: true } },
  author: { select: { name: true } },
  updatedBy: { select: { name: true } },
} satisfies Prisma.ReleaseSelect;

export async function listReleases(actor: Actor, query: Record<string, string | undefined>) {
  assertCan(actor, "newsroom:enter");
  const q = releaseListSchema.parse(query);
  // Finding uses the same full-text engine as public search, drafts included.
  const matching = q.q ? await findNewsroomReleaseIds(actor, q.q) : null;
  const where: Prisma.ReleaseWhereInput = {
    ...(q.status ? { status: q.status } : {}),
    ...(q.category ? { categoryId: q.category } : {}),
    ...(q.author ? { authorId: q.author } : {}),
    ...(matching ? { id: { in: matching } } : {}),
  };
  const orderBy: Prisma.ReleaseOrderByWithRelationInput[] =
    q.sort === "published" ? [{ publishAt: { sort: "desc", nulls: "last" } }, { id: "desc" }] : [{ updatedAt: "desc" }, { id: "desc" }];
  const client = await db();
  const [rows, total] = await Promise.all([
    client.release.findMany({ where, orderBy, select: LIST_SELECT, take: PAGE_SIZE, skip: (q.page - 1) * PAGE_SIZE }),
    client.release.count({ where }),
  ]);
  return { rows, total, page: q.page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), query: q };
}

export async function listReviewQueue(actor: Actor) {
  assertCan(actor, "newsroom:enter");
  const client = await db();
  return client.release.findMany({ where: { status: "IN_REVIEW" }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], select: LIST_SELECT, take: 200 });
}

export async function listTaxonomy(actor: Actor) {
  assertCan(actor, "newsroom:enter");
  const client = await db();
  const [categories, authors] = await Promise.all([
    client.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true }, take: 500 }),
    client.author.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true }, take: 500 }),
  ]);
  return { categories, authors };
}

export async function getReleaseForEditOrThrow(actor: Actor, id: string) {
  assertCan(actor, "newsroom:enter");
  const client = await db();
  const release = await client.release.findUnique({
    where: { id },
    select: {
      id: true, title: true, slug: true, summary: true, body: true, question: true, status: true, publishAt: true,
      featured: true, version: true, withdrawnAt: true, withdrawalReason: true, categoryId: true, authorId: true,
      createdById: true, updatedAt: true,
      category: { select: { name: true, slug: true } },
      author: { select: { name: true, title: true } },
      updatedBy: { select: { name: true } },
      corrections: { select: { id: true, note: true, createdAt: true }, orderBy: { createdAt: "asc" }, take: 100 },
    },
  });
  if (!release) throw new AppError("NOT_FOUND", "That release does not exist.");
  return release;
}

export async function listRevisions(actor: Actor, releaseId: string) {
  assertCan(actor, "newsroom:enter");
  const client = await db();
  return client.revision.findMany({
    where: { releaseId },
    orderBy: [{ version: "desc" }, { createdAt: "desc" }],
    select: { id: true, version: true, note: true, createdAt: true, title: true, createdBy: { select: { name: true } } },
    take: 500,
  });
}

export async function getRevisionsOrThrow(actor: Actor, releaseId: string, ids: string[]) {
  assertCan(actor, "newsroom:enter");
  const client = await db();
  const found = await client.revision.findMany({
    where: { releaseId, id: { in: ids } },
    select: { id: true, version: true, title: true, slug: true, summary: true, body: true, question: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  if (found.length !== new Set(ids).size) throw new AppError("NOT_FOUND", "That revision does not exist.");
  return ids.map((id) => found.find((r) => r.id === id)!);
}

// Whether readers may have seen the release's address (then it changes only deliberately).
export async function isSlugFrozen(actor: Actor, release: { id: string; status: string }): Promise<boolean> {
  assertCan(actor, "newsroom:enter");
  if (release.status === "PUBLISHED" || release.status === "WITHDRAWN" || release.status === "SCHEDULED") return true;
  const client = await db();
  return (await client.auditEvent.count({ where: { targetType: "release", targetId: release.id, action: "release.publish" } })) > 0;
}
