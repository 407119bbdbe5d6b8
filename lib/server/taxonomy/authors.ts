import "server-only";
import { authorSchema, moveSchema, type AuthorInput } from "@/lib/schemas/taxonomy";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { AppError } from "../errors";
import { revalidatePublicSite } from "../releases/revalidate";
import { parseOrThrow, reordered, uniqueSlug, usedBy } from "./shared";

export type AuthorRow = { id: string; name: string; slug: string; title: string; sortOrder: number; releases: number };

export async function listAuthors(actor: Actor): Promise<AuthorRow[]> {
  assertCan(actor, "taxonomy:manage");
  const client = await db();
  const rows = await client.author.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, slug: true, title: true, sortOrder: true, _count: { select: { releases: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, releases: _count.releases }));
}

export async function createAuthor(actor: Actor, input: AuthorInput): Promise<{ id: string }> {
  assertCan(actor, "taxonomy:manage");
  const data = parseOrThrow(authorSchema, input);
  const client = await db();
  const created = await client.$transaction(async (tx) => {
    const slug = await uniqueSlug(data.name, "author", async (s) => !!(await tx.author.findUnique({ where: { slug: s }, select: { id: true } })));
    const last = await tx.author.aggregate({ _max: { sortOrder: true } });
    const row = await tx.author.create({ data: { ...data, slug, sortOrder: (last._max.sortOrder ?? 0) + 10 }, select: { id: true } });
    await recordAudit(tx, actor, "author.create", { type: "Author", id: row.id }, { name: data.name, slug });
    return row;
  });
  revalidatePublicSite();
  return created;
}

export async function updateAuthor(actor: Actor, id: string, input: AuthorInput): Promise<void> {
  assertCan(actor, "taxonomy:manage");
  const data = parseOrThrow(authorSchema, input);
  const client = await db();
  await client.$transaction(async (tx) => {
    const before = await tx.author.findUnique({ where: { id }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "That author no longer exists.");
    await tx.author.update({ where: { id }, data });
    await recordAudit(tx, actor, "author.update", { type: "Author", id }, { from: before.name, to: data.name });
  });
  revalidatePublicSite();
}

export async function moveAuthor(actor: Actor, id: string, direction: string): Promise<void> {
  assertCan(actor, "taxonomy:manage");
  const dir = parseOrThrow(moveSchema, direction);
  const client = await db();
  await client.$transaction(async (tx) => {
    const ids = (await tx.author.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true } })).map((r) => r.id);
    const order = reordered(ids, id, dir);
    if (!order) return;
    for (const [rowId, sortOrder] of order) await tx.author.update({ where: { id: rowId }, data: { sortOrder } });
    await recordAudit(tx, actor, "author.move", { type: "Author", id }, { direction: dir });
  });
  revalidatePublicSite();
}

export async function deleteAuthor(actor: Actor, id: string): Promise<void> {
  assertCan(actor, "taxonomy:manage");
  const client = await db();
  await client.$transaction(async (tx) => {
    const row = await tx.author.findUnique({ where: { id }, select: { name: true, _count: { select: { releases: true } } } });
    if (!row) throw new AppError("NOT_FOUND", "That author no longer exists.");
    if (row._count.releases > 0) throw usedBy(row._count.releases, "author");
    await tx.author.delete({ where: { id } });
    await recordAudit(tx, actor, "author.delete", { type: "Author", id }, { name: row.name });
  });
  revalidatePublicSite();
}
