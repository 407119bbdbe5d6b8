import "server-only";
import { db } from "../db";
import { publicReleaseWhere } from "../releases/visibility";

// Public releases, newest first, for feeds and the JSON API. Every query here
// goes through the one visibility rule.
export const publicReleaseSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  question: true,
  publishAt: true,
  updatedAt: true,
  category: { select: { name: true, slug: true } },
  author: { select: { name: true, title: true } },
} as const;

// Bounded (`limit`) and filtered on Release's own columns, so the database
// reads the newest rows from the (publishAt, id, status) or
// (categoryId, publishAt, id, status) index instead of joining Category first.
export async function listNewestPublicReleases(options: { categoryId?: string; limit: number; now?: Date }) {
  const client = await db();
  return client.release.findMany({
    where: { AND: [publicReleaseWhere(options.now), ...(options.categoryId ? [{ categoryId: options.categoryId }] : [])] },
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    take: options.limit,
    select: publicReleaseSelect,
  });
}

export async function getPublicCategory(slug: string) {
  const client = await db();
  return client.category.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
}

export async function listCategorySlugs(): Promise<string[]> {
  const client = await db();
  return (await client.category.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true } })).map((c) => c.slug);
}
