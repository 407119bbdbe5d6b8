import type { PrismaClient } from "@/lib/generated/prisma/client";
import { paragraphsToHtml } from "@/lib/content/escape";
import { slugify } from "@/lib/content/slug";
import { AUTHORS, CATEGORIES } from "./categories";
import { RELEASES } from "./releases";

// Newsroom work in progress, so a first look at the newsroom is not empty.
const UNPUBLISHED = [
  { status: "DRAFT", title: "Draft: Embassy Press Officer's comment on the new rules for British lorry drivers", at: null },
  { status: "IN_REVIEW", title: "The Embassy congratulates the winners of the students' photography competition", at: null },
  { status: "SCHEDULED", title: "The Ambassador's Christmas greetings to compatriots living in the United Kingdom", at: "2026-12-24T10:00:00Z" },
] as const;

// Fills an empty database with demo content; does nothing when any release,
// category or author exists. Returns the number of releases written.
export async function seedIfEmpty(client: PrismaClient): Promise<number> {
  const existing = (await client.release.count()) + (await client.category.count()) + (await client.author.count());
  if (existing > 0) return 0;
  return client.$transaction(async (tx) => {
    await tx.settings.upsert({ where: { id: "site" }, create: { id: "site" }, update: {} });
    const categories = new Map<string, string>();
    for (const c of CATEGORIES) categories.set(c.slug, (await tx.category.create({ data: { ...c } })).id);
    const authors = new Map<string, string>();
    for (const a of AUTHORS) authors.set(a.slug, (await tx.author.create({ data: { ...a } })).id);
    let written = 0;
    for (const r of RELEASES) {
      const at = new Date(r.at);
      const release = await tx.release.create({
        data: {
          title: r.title,
          slug: slugify(r.title),
          summary: r.summary,
          body: paragraphsToHtml(r.paragraphs),
          question: r.question ?? null,
          status: "PUBLISHED",
          publishAt: at,
          featured: r.featured ?? false,
          categoryId: categories.get(r.category)!,
          authorId: authors.get(r.author)!,
          createdAt: at,
        },
      });
      await tx.revision.create({ data: snapshot(release, "Imported with the demo content") });
      written++;
    }
    for (const u of UNPUBLISHED) {
      const release = await tx.release.create({
        data: {
          title: u.title,
          slug: slugify(u.title),
          summary: "Work in progress in the newsroom.",
          body: paragraphsToHtml(["The text of this release is still being written."]),
          status: u.status,
          publishAt: u.at ? new Date(u.at) : null,
          categoryId: categories.get("press-releases")!,
          authorId: authors.get("press-officer")!,
        },
      });
      await tx.revision.create({ data: snapshot(release, "Demo content") });
      written++;
    }
    return written;
  });
}

function snapshot(
  release: { id: string; version: number; title: string; slug: string; summary: string; body: string; question: string | null; categoryId: string; authorId: string; featured: boolean; publishAt: Date | null },
  note: string,
) {
  return {
    releaseId: release.id,
    version: release.version,
    title: release.title,
    slug: release.slug,
    summary: release.summary,
    body: release.body,
    question: release.question,
    categoryId: release.categoryId,
    authorId: release.authorId,
    featured: release.featured,
    publishAt: release.publishAt,
    note,
  };
}
