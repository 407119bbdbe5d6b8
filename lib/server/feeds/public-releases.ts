import "server-only";
import { db } from "../db";
import { publicReleaseWhere } from "../releases/visibility";

// Public releases, newest first, for feeds, sitemap and the JSON API. Every
// query here goes through the one visibility rule.
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

export async function listNewestPublicReleases(options: { categorySlug?: string; limit: number; now?: Date }) {
  const client = await db();
  return client.release.findMany({
    where: { AND: [publicReleaseWhere(options.now), ...(options.categorySlug ? [{ category: { slug: options.categorySlug } }] : [])] },
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    take: options.limit,
    select: publicReleaseSelect,
  });
}

export async function getPublicCategory(slug: string) {
  const client = await db();
  return client.category.findUnique({ where: { slug }, select: { name: true, slug: true, description: true } });
}

// One sitemap file holds at most 50,000 addresses; the archive stays well
// below that, and the cap keeps the file valid if it ever does not.
export const SITEMAP_LIMIT = 45_000;

export async function listSitemapEntries(now: Date = new Date()) {
  const client = await db();
  const [releases, categories] = await Promise.all([
    client.release.findMany({
      where: publicReleaseWhere(now),
      orderBy: [{ publishAt: "desc" }, { id: "desc" }],
      take: SITEMAP_LIMIT,
      select: { slug: true, updatedAt: true, publishAt: true, category: { select: { slug: true } } },
    }),
    client.category.findMany({ orderBy: { sortOrder: "asc" }, select: { slug: true } }),
  ]);
  return { releases, categories };
}
