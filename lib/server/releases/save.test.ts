import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeAuthor, makeCategory, makeUser } from "@/tests/support/factories";
import { othersPresent, heartbeat } from "./presence";
import { listReleases } from "./queries";
import { createRelease, restoreRevision, saveRelease } from "./save";
import { correctRelease, publishRelease, scheduleRelease, submitRelease, unpublishRelease, withdrawRelease } from "./workflow";

async function draft(title = `Visit of the delegation ${Math.random()}`) {
  const [writer, category, author] = await Promise.all([makeUser("WRITER"), makeCategory(), makeAuthor()]);
  const created = await createRelease(writer, { title, body: "<p>First</p>", categoryId: category.id, authorId: author.id });
  return { writer, category, author, created, input: { title, categoryId: category.id, authorId: author.id } };
}

async function auditActions(id: string) {
  const client = await db();
  return (await client.auditEvent.findMany({ where: { targetId: id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true } })).map((e) => e.action);
}

describe("saving a release", () => {
  it("makes the slug from the title and keeps it unique", async () => {
    const a = await draft("Statement on the anniversary");
    const b = await createRelease(a.writer, { ...a.input, title: "Statement on the anniversary" });
    expect(a.created.slug).toMatch(/^statement-on-the-anniversary/);
    expect(b.slug).not.toBe(a.created.slug);
  });

  it("stores a sanitised body and makes a revision per save", async () => {
    const { writer, created, input } = await draft();
    const saved = await saveRelease(writer, created.id, { ...input, body: '<p onclick="x()">Hi</p><script>bad()</script>' }, created.version);
    const client = await db();
    const release = await client.release.findUniqueOrThrow({ where: { id: created.id } });
    expect(release.body).toBe("<p>Hi</p>");
    expect(saved.version).toBe(2);
    expect(await client.revision.count({ where: { releaseId: created.id } })).toBe(2);
    expect(await auditActions(created.id)).toEqual(["release.create", "release.save"]);
  });

  it("refuses a stale save and keeps the newer text", async () => {
    const { writer, created, input } = await draft();
    const editor = await makeUser("EDITOR");
    await saveRelease(editor, created.id, { ...input, body: "<p>Editor's text</p>" }, created.version);
    await expect(saveRelease(writer, created.id, { ...input, body: "<p>Writer's text</p>" }, created.version)).rejects.toMatchObject({ code: "CONFLICT" });
    const client = await db();
    expect((await client.release.findUniqueOrThrow({ where: { id: created.id } })).body).toBe("<p>Editor's text</p>");
  });

  it("rejects a title over 300 characters and a body over 500 kB", async () => {
    const { writer, created, input } = await draft();
    await expect(saveRelease(writer, created.id, { ...input, title: "x".repeat(301) }, created.version)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { title: expect.any(Array) } });
    await expect(saveRelease(writer, created.id, { ...input, body: `<p>${"x".repeat(500_001)}</p>` }, created.version)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { body: expect.any(Array) } });
  });

  it("refuses a category or author id longer than any id, on that field, and writes nothing", async () => {
    // Found by the hostile-input property test on PostgreSQL: a 7,000-character
    // id did not fit in the release's index and failed the write unexplained.
    const { writer, created, input } = await draft();
    const long = "x".repeat(7_000);
    await expect(saveRelease(writer, created.id, { ...input, categoryId: long }, created.version)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { categoryId: ["Choose a category"] } });
    await expect(saveRelease(writer, created.id, { ...input, authorId: long }, created.version)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { authorId: ["Choose an author"] } });
    await expect(createRelease(writer, { ...input, categoryId: long })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { categoryId: ["Choose a category"] } });
    const client = await db();
    expect(await client.release.findUniqueOrThrow({ where: { id: created.id }, select: { version: true, categoryId: true } })).toEqual({ version: created.version, categoryId: input.categoryId });
  });

  it("restoring a revision is itself a new save", async () => {
    const { writer, created, input } = await draft();
    const second = await saveRelease(writer, created.id, { ...input, body: "<p>Second</p>" }, created.version);
    const client = await db();
    const first = await client.revision.findFirstOrThrow({ where: { releaseId: created.id, version: 1 } });
    const restored = await restoreRevision(writer, created.id, first.id, second.version);
    expect(restored.version).toBe(3);
    expect((await client.release.findUniqueOrThrow({ where: { id: created.id } })).body).toBe("<p>First</p>");
    expect(await auditActions(created.id)).toEqual(["release.create", "release.save", "release.restore"]);
  });
});

describe("the workflow", () => {
  it("draft → review → published, each step audited", async () => {
    const { writer, created } = await draft();
    const editor = await makeUser("EDITOR");
    const submitted = await submitRelease(writer, created.id, created.version);
    expect((await listReleases(editor, { status: "IN_REVIEW" })).rows.map((r) => r.id)).toContain(created.id);
    const now = new Date();
    await publishRelease(editor, created.id, submitted.version, now);
    const client = await db();
    const release = await client.release.findUniqueOrThrow({ where: { id: created.id } });
    expect(release.status).toBe("PUBLISHED");
    expect(release.publishAt?.getTime()).toBe(now.getTime());
    expect(await auditActions(created.id)).toEqual(["release.create", "release.submit", "release.publish"]);
  });

  it("a writer cannot submit a release twice", async () => {
    const { writer, created } = await draft();
    const submitted = await submitRelease(writer, created.id, created.version);
    await expect(submitRelease(writer, created.id, submitted.version)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("schedules only in the future", async () => {
    const { created } = await draft();
    const editor = await makeUser("EDITOR");
    await expect(scheduleRelease(editor, created.id, created.version, new Date(Date.now() - 1000))).rejects.toMatchObject({ code: "INVALID" });
    const at = new Date(Date.now() + 60_000);
    await scheduleRelease(editor, created.id, created.version, at);
    const client = await db();
    expect(await client.release.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "SCHEDULED", publishAt: at });
    expect(await auditActions(created.id)).toEqual(["release.create", "release.schedule"]);
  });

  it("unpublish returns to draft; withdraw needs an explanation", async () => {
    const { created } = await draft();
    const editor = await makeUser("EDITOR");
    const published = await publishRelease(editor, created.id, created.version);
    const draftAgain = await unpublishRelease(editor, created.id, published.version);
    const client = await db();
    expect((await client.release.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DRAFT");
    const again = await publishRelease(editor, created.id, draftAgain.version);
    await expect(withdrawRelease(editor, created.id, again.version, { reason: "" })).rejects.toMatchObject({ code: "INVALID" });
    await withdrawRelease(editor, created.id, again.version, { reason: "Issued in error; superseded by today's statement." });
    expect(await client.release.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ status: "WITHDRAWN", withdrawalReason: "Issued in error; superseded by today's statement." });
    expect(await auditActions(created.id)).toEqual(["release.create", "release.publish", "release.unpublish", "release.publish", "release.withdraw"]);
  });

  it("a correction edits the text and leaves a public note", async () => {
    const { created, input } = await draft();
    const editor = await makeUser("EDITOR");
    const published = await publishRelease(editor, created.id, created.version);
    await correctRelease(editor, created.id, published.version, { ...input, body: "<p>Fixed</p>" }, { note: "The date of the visit was wrong" });
    const client = await db();
    expect(await client.correction.findMany({ where: { releaseId: created.id }, select: { note: true } })).toEqual([{ note: "The date of the visit was wrong" }]);
    expect((await auditActions(created.id)).at(-1)).toBe("release.correct");
  });

  it("the address of a published release changes only deliberately, and the old one redirects", async () => {
    const { created, input } = await draft();
    const editor = await makeUser("EDITOR");
    const published = await publishRelease(editor, created.id, created.version);
    const newSlug = `${created.slug}-renamed`;
    await expect(saveRelease(editor, created.id, { ...input, slug: newSlug }, published.version)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { slug: expect.any(Array) } });
    await saveRelease(editor, created.id, { ...input, slug: newSlug, changeSlug: true }, published.version);
    const client = await db();
    expect(await client.slugRedirect.findUnique({ where: { fromSlug: created.slug }, select: { releaseId: true } })).toEqual({ releaseId: created.id });
  });

  it("refuses an address already used by another release", async () => {
    const a = await draft();
    const b = await draft();
    await expect(saveRelease(b.writer, b.created.id, { ...b.input, slug: a.created.slug }, b.created.version)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { slug: expect.any(Array) } });
  });
});

describe("presence", () => {
  it("shows others who have the release open, not oneself", async () => {
    const { writer, created } = await draft();
    const editor = await makeUser("EDITOR");
    await heartbeat(writer, created.id);
    expect(await heartbeat(editor, created.id)).toEqual([{ name: writer.name }]);
    expect(await othersPresent(writer, created.id, new Date(Date.now() + 60_000))).toEqual([]);
  });
});
