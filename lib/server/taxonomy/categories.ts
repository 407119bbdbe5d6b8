import "server-only";
import { categorySchema, moveSchema, type CategoryInput } from "@/lib/schemas/taxonomy";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { AppError } from "../errors";
import { revalidatePublicSite } from "../releases/revalidate";
import { parseOrThrow, reordered, uniqueSlug, usedBy } from "./shared";

export type CategoryRow = { id: string; name: string; slug: string; description: string; sortOrder: number; releases: number };

export async function listCategories(actor: Actor): Promise<CategoryRow[]> {
  assertCan(actor, "taxonomy:manage");
  const client = await db();
  const rows = await client.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, description: true, sortOrder: true, _count: { select: { releases: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, releases: _count.releases }));
}

export async function createCategory(actor: Actor, input: CategoryInput): Promise<{ id: string }> {
  assertCan(actor, "taxonomy:manage");
  const data = parseOrThrow(categorySchema, input);
  const client = await db();
  const created = await client.$transaction(async (tx) => {
    const slug = await uniqueSlug(data.name, "category", async (s) => !!(await tx.category.findUnique({ where: { slug: s }, select: { id: true } })));
    const last = await tx.category.aggregate({ _max: { sortOrder: true } });
    const row = await tx.category.create({ data: { ...data, slug, sortOrder: (last._max.sortOrder ?? 0) + 10 }, select: { id: true } });
    await recordAudit(tx, actor, "category.create", { type: "Category", id: row.id }, { name: data.name, slug });
    return row;
  });
  revalidatePublicSite();
  return created;
}

export async function updateCategory(actor: Actor, id: string, input: CategoryInput): Promise<void> {
  assertCan(actor, "taxonomy:manage");
  const data = parseOrThrow(categorySchema, input);
  const client = await db();
  await client.$transaction(async (tx) => {
    const before = await tx.category.findUnique({ where: { id }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "That category no longer exists.");
    await tx.category.update({ where: { id }, data });
    await recordAudit(tx, actor, "category.update", { type: "Category", id }, { from: before.name, to: data.name });
  });
  revalidatePublicSite();
}

export async function moveCategory(actor: Actor, id: string, direction: string): Promise<void> {
  assertCan(actor, "taxonomy:manage");
  const dir = parseOrThrow(moveSchema, direction);
  const client = await db();
  await client.$transaction(async (tx) => {
    const ids = (await tx.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true } })).map((r) => r.id);
    const order = reordered(ids, id, dir);
    if (!order) return;
    for (const [rowId, sortOrder] of order) await tx.category.update({ where: { id: rowId }, data: { sortOrder } });
    await recordAudit(tx, actor, "category.move", { type: "Category", id }, { direction: dir });
  });
  revalidatePublicSite();
}

export async function deleteCategory(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "taxonomy:manage");
  const client = await db();
  await client.$transaction(async (tx) => {
    const row = await tx.category.findUnique({ where: { id }, select: { name: true, _count: { select: { releases: true } } } });
    if (!row) throw new AppError("NOT_FOUND", "That category no longer exists.");
    if (row._count.releases > 0) throw usedBy(row._count.releases, "category");
    await tx.category.delete({ where: { id } });
    await recordAudit(tx, actor, "category.delete", { type: "Category", id }, { name: row.name });
  });
  revalidatePublicSite();
}
