import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/content/sanitize";
import { db } from "@/lib/server/db";
import { createRelease, saveRelease } from "@/lib/server/releases/save";
import { disallowedMarkup, hrefProblem } from "@/tests/fixtures/allowlist";
import { BODY_PAYLOADS, TEXT_PAYLOADS } from "@/tests/fixtures/xss-corpus";
import { makeAuthor, makeCategory, makeUser } from "@/tests/support/factories";

// What the database holds: the release row first, then every revision.
async function storedBodies(releaseId: string): Promise<string[]> {
  const client = await db();
  const release = await client.release.findUniqueOrThrow({ where: { id: releaseId }, select: { body: true } });
  const revisions = await client.revision.findMany({ where: { releaseId }, orderBy: { version: "asc" }, select: { body: true } });
  return [release, ...revisions].map((row) => row.body);
}

async function setUp() {
  const [writer, category, author] = await Promise.all([makeUser("WRITER"), makeCategory(), makeAuthor()]);
  return { writer, base: { categoryId: category.id, authorId: author.id } };
}

describe("the allowlist check itself", () => {
  it.each(BODY_PAYLOADS.map((p) => [p.id, p.html]))("flags the raw %s payload", (_id, html) => {
    expect(disallowedMarkup(html).length).toBeGreaterThan(0);
  });

  it("passes what the editor toolbar produces", () => {
    expect(disallowedMarkup('<h2>H</h2><p><strong>b</strong> <a href="https://e.example/x" rel="noopener noreferrer">l</a> <a href="/news/x" rel="noopener noreferrer">r</a></p><ul><li>x</li></ul>')).toEqual([]);
  });

  it.each(["javascript:x", " java\tscript:x", "data:text/html,x", "//evil.example/", "vbscript:x"])("refuses the link target %j", (href) => {
    expect(hrefProblem(href)).not.toBeNull();
  });
});

describe("hostile bodies saved through the data layer", () => {
  it.each(BODY_PAYLOADS.map((p) => [p.id, p.html]))("%s is stored with allowlisted markup only", async (id, html) => {
    const { writer, base } = await setUp();
    const created = await createRelease(writer, { ...base, title: `Corpus ${id}`, body: `<p>Before ${id}.</p>${html}<p>After.</p>` });
    await saveRelease(writer, created.id, { ...base, title: `Corpus ${id}`, body: `${html}<p>Second save.</p>` }, created.version);
    const bodies = await storedBodies(created.id);
    expect(bodies).toHaveLength(3);
    for (const body of bodies) {
      expect(disallowedMarkup(body)).toEqual([]);
    }
    // The surrounding text survives: sanitising removes the attack, not the release.
    expect(bodies[0]).toContain("Second save.");
  });

  it("the whole corpus in one body is stored clean, and sanitising it again changes nothing", async () => {
    const { writer, base } = await setUp();
    const html = BODY_PAYLOADS.map((p) => `<p>[${p.id}]</p>${p.html}`).join("");
    const created = await createRelease(writer, { ...base, title: "Whole corpus", body: html });
    const stored = (await storedBodies(created.id))[0] ?? "";
    expect(disallowedMarkup(stored)).toEqual([]);
    expect(sanitizeBody(stored)).toBe(stored);
  });

  it("title, summary and question are stored as the exact text typed, for the pages to escape", async () => {
    const { writer, base } = await setUp();
    const created = await createRelease(writer, { ...base, ...TEXT_PAYLOADS, body: "<p>Text fields.</p>" });
    const client = await db();
    const row = await client.release.findUniqueOrThrow({ where: { id: created.id }, select: { title: true, summary: true, question: true } });
    expect(row).toEqual(TEXT_PAYLOADS);
  });
});
