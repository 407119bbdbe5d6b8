import "server-only";
import { z } from "@/lib/schemas/messages";
import { db } from "../db";
import { publicReleaseWhere } from "../releases/visibility";
import { publicReleaseSelect } from "./public-releases";

// The read-only public JSON API. Public content only: the visibility rule
// applies to every query, and only public fields are selected.
export const listQuerySchema = z.strictObject({
  cursor: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, "cursor must be a value returned as nextCursor").optional(),
  limit: z.coerce.number().int("limit must be a whole number").min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(20),
  category: z.string().regex(/^[a-z0-9-]{1,100}$/, "category must be a category slug").optional(),
  updatedSince: z.iso.datetime({ offset: true, message: "updatedSince must be an ISO 8601 date-time such as 2026-01-31T00:00:00Z" }).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(where: object, take: number, skipId?: string) {
  return db().then((client) =>
    client.release.findMany({
      where,
      orderBy: [{ publishAt: "desc" }, { id: "desc" }],
      take,
      ...(skipId ? { cursor: { id: skipId }, skip: 1 } : {}),
      select: publicReleaseSelect,
    }),
  );
}

function present(row: Row, base: string) {
  return {
    slug: row.slug,
    url: `${base}/news/${row.slug}`,
    title: row.title,
    summary: row.summary,
    question: row.question,
    bodyHtml: row.body,
    publishedAt: row.publishAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    category: row.category,
    author: row.author,
  };
}

export async function listApiReleases(query: ListQuery, base: string, now: Date = new Date()) {
  const where = {
    AND: [
      publicReleaseWhere(now),
      ...(query.category ? [{ category: { slug: query.category } }] : []),
      ...(query.updatedSince ? [{ updatedAt: { gte: new Date(query.updatedSince) } }] : []),
    ],
  };
  const client = await db();
  // A cursor naming a release that is not (or no longer) public is refused,
  // rather than letting it reveal anything about that release.
  if (query.cursor && !(await client.release.count({ where: { AND: [...where.AND, { id: query.cursor }] } }))) return null;
  const rows = await findRows(where, query.limit + 1, query.cursor);
  const page = rows.slice(0, query.limit);
  return { data: page.map((r) => present(r, base)), nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
}

export async function getApiRelease(slug: string, base: string, now: Date = new Date()) {
  const client = await db();
  const row = await client.release.findFirst({ where: { AND: [publicReleaseWhere(now), { slug }] }, select: publicReleaseSelect });
  return row ? present(row, base) : null;
}
