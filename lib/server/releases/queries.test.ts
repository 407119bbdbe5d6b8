import { describe, expect, it } from "vitest";
import { makeAuthor, makeCategory, makeRelease, makeUser, unique } from "@/tests/support/factories";
import { PAGE_SIZE, listReleases, listReviewQueue } from "./queries";

describe("the release list", () => {
  it("filters by status, category and author and finds by title", async () => {
    const [writer, category, author] = await Promise.all([makeUser("WRITER"), makeCategory(), makeAuthor()]);
    const word = unique("Needle");
    const match = await makeRelease({ title: `${word} statement`, status: "IN_REVIEW", categoryId: category.id, authorId: author.id });
    await makeRelease({ title: `${word} other`, status: "DRAFT", categoryId: category.id, authorId: author.id });
    await makeRelease({ title: `${word} elsewhere`, status: "IN_REVIEW" });
    const found = await listReleases(writer, { q: word, status: "IN_REVIEW", category: category.id, author: author.id });
    expect(found.rows.map((r) => r.id)).toEqual([match.id]);
    expect(found.total).toBe(1);
    expect((await listReviewQueue(writer)).map((r) => r.id)).toContain(match.id);
  });

  it("finds drafts by words of their body with the full-text engine, whatever the case", async () => {
    const editor = await makeUser("EDITOR");
    const word = unique("zanzibarquay").replace("-", "");
    const draft = await makeRelease({ title: "An untitled draft", body: `<p>Arrangements at ${word} harbour.</p>`, status: "DRAFT" });
    const found = await listReleases(editor, { q: word.toUpperCase() });
    expect(found.rows.map((r) => r.id)).toEqual([draft.id]);
    expect((await listReleases(editor, { q: `${word}nothing` })).total).toBe(0);
  });

  it("sorts by publish time, newest first, and pages in bounded steps", async () => {
    const [editor, category] = await Promise.all([makeUser("EDITOR"), makeCategory()]);
    const base = Date.UTC(2026, 5, 1);
    const made = [];
    for (let i = 0; i < PAGE_SIZE + 2; i++) made.push(await makeRelease({ status: "PUBLISHED", publishAt: new Date(base + i * 60_000), categoryId: category.id }));
    const first = await listReleases(editor, { category: category.id, sort: "published" });
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.rows[0]?.id).toBe(made.at(-1)?.id);
    expect(first.pages).toBe(2);
    const second = await listReleases(editor, { category: category.id, sort: "published", page: "2" });
    expect(second.rows.map((r) => r.id)).toEqual([made[1]?.id, made[0]?.id]);
  });

  it("shows who edited each release last", async () => {
    const [editor, category] = await Promise.all([makeUser("EDITOR"), makeCategory()]);
    const release = await makeRelease({ categoryId: category.id });
    const { db } = await import("@/lib/server/db");
    await (await db()).release.update({ where: { id: release.id }, data: { updatedById: editor.id } });
    const found = await listReleases(editor, { category: category.id });
    expect(found.rows[0]?.updatedBy?.name).toBe(editor.name);
  });

  it("ignores a malformed filter instead of failing", async () => {
    const editor = await makeUser("EDITOR");
    await expect(listReleases(editor, { status: "NOPE", sort: "sideways", page: "-3" })).resolves.toMatchObject({ page: 1 });
  });
});
