import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/server/audit/list-audit";
import { db } from "@/lib/server/db";
import { createRelease, saveRelease } from "@/lib/server/releases/save";
import { scheduleRelease } from "@/lib/server/releases/workflow";
import { updateSettings } from "@/lib/server/settings/update-settings";
import { moveCategory } from "@/lib/server/taxonomy/categories";
import { changeRole, createUserWithOneTimePassword } from "@/lib/server/users/manage-users";
import { makeCategory, makeRelease, makeUser, unique } from "@/tests/support/factories";

// The bad input of issue #8, one example each, with the words the person sees
// and proof that nothing was written.
async function rows() {
  const client = await db();
  return { releases: await client.release.count(), revisions: await client.revision.count(), audit: await client.auditEvent.count(), users: await client.user.count() };
}

async function refused(work: () => Promise<unknown>, expected: { message: string; fieldErrors?: Record<string, string[]> }) {
  const before = await rows();
  await expect(work()).rejects.toMatchObject({ name: "AppError", ...expected });
  expect(await rows()).toEqual(before);
}

const draftOf = async () => {
  const editor = await makeUser("EDITOR");
  const release = await makeRelease({ createdById: editor.id });
  const base = { title: "A statement", categoryId: release.categoryId, authorId: release.authorId };
  return { editor, release, base };
};
const CHECK = "Check the highlighted fields.";

describe("oversized fields", () => {
  it("a title over 300 characters is refused", async () => {
    const { editor, base } = await draftOf();
    await refused(() => createRelease(editor, { ...base, title: "T".repeat(301) }), { message: CHECK, fieldErrors: { title: ["Title must be at most 300 characters"] } });
  });

  it("a body over 500 kB is refused as sent, before any sanitising could shrink it", async () => {
    const { editor, release, base } = await draftOf();
    // Sanitising would remove the script entirely; the size rule looks at what arrived.
    const body = `<p>Hello</p><script>${"x".repeat(500_000)}</script>`;
    await refused(() => createRelease(editor, { ...base, body }), { message: CHECK, fieldErrors: { body: ["The body is larger than 500 kB"] } });
    // Bytes, not characters: 250 001 × "é" is 500 002 bytes.
    await refused(() => saveRelease(editor, release.id, { ...base, body: "é".repeat(250_001) }, release.version), { message: CHECK, fieldErrors: { body: ["The body is larger than 500 kB"] } });
  });
});

describe("control characters", () => {
  // PostgreSQL cannot store U+0000; both providers refuse it in the same words.
  it("a NUL character in a title or an id is refused, not crashed on", async () => {
    const { editor, base } = await draftOf();
    await refused(() => createRelease(editor, { ...base, title: "Statement\u0000" }), { message: "The text contains an invisible NUL character, which cannot be saved. Remove it and try again." });
    const admin = await makeUser("ADMIN");
    await refused(() => changeRole(admin, "user\u0000", "editor"), { message: "The text contains an invisible NUL character, which cannot be saved. Remove it and try again." });
  });
});

describe("wrong types", () => {
  it("a number for a title, text for a yes/no and an array for the whole release are refused in words", async () => {
    const { editor, base } = await draftOf();
    await refused(() => createRelease(editor, { ...base, title: 42 as unknown as string }), { message: CHECK, fieldErrors: { title: ["Enter a title"] } });
    await refused(() => createRelease(editor, { ...base, featured: "yes" as unknown as boolean }), { message: CHECK, fieldErrors: { featured: ["Choose yes or no"] } });
    await refused(() => createRelease(editor, [] as unknown as typeof base), { message: CHECK, fieldErrors: { form: ["That request was not understood."] } });
  });

  it("a version no release can have (past PostgreSQL's 32-bit integer, or a fraction) is refused, not sent to the database", async () => {
    const { editor, release, base } = await draftOf();
    for (const version of [2 ** 31, 1.5, 0]) {
      await refused(() => saveRelease(editor, release.id, base, version), { message: "That request was not understood." });
      await refused(() => scheduleRelease(editor, release.id, version, new Date(Date.now() + 86_400_000)), { message: "That request was not understood." });
    }
  });
});

describe("unknown enum values", () => {
  it("an unknown role and an unknown direction are refused", async () => {
    const admin = await makeUser("ADMIN");
    const target = await makeUser("WRITER");
    await refused(() => changeRole(admin, target.id, "superuser"), { message: "Role must be admin, editor or writer" });
    await refused(() => createUserWithOneTimePassword(admin, { email: `${unique("x")}@test.example`, name: "X", role: "owner" }), { message: "Role must be admin, editor or writer" });
    const category = await makeCategory();
    await refused(() => moveCategory(admin, category.id, "sideways"), { message: "Choose up or down" });
  });
});

describe("invalid time zones and dates", () => {
  const settings = { siteName: "Embassy Press Office", siteDescription: "Press releases", consularPhone: "+44 20 7946 0321", consularEmail: "consular@embassy.example", clock1Label: "Moscow", clock1Zone: "Europe/Moscow", clock2Label: "London", clock2Zone: "Europe/London" };

  it("a time zone that does not exist is refused and the settings stay as they were", async () => {
    const admin = await makeUser("ADMIN");
    const client = await db();
    const before = await client.settings.findUnique({ where: { id: "site" } });
    await refused(() => updateSettings(admin, { ...settings, clock2Zone: "Mars/Olympus_Mons" }), { message: "Some settings need fixing; see the fields below.", fieldErrors: { clock2Zone: ["Choose a time zone from the list"] } });
    expect(await client.settings.findUnique({ where: { id: "site" } })).toEqual(before);
  });

  it("30 February, a non-date and a time in the past are refused", async () => {
    const { editor, release, base } = await draftOf();
    await refused(() => createRelease(editor, { ...base, publishAt: "2026-02-30T10:00" }), { message: CHECK, fieldErrors: { publishAt: ["Enter a valid date and time"] } });
    await refused(() => createRelease(editor, { ...base, publishAt: "next Tuesday" }), { message: CHECK, fieldErrors: { publishAt: ["Enter a valid date and time"] } });
    await refused(() => scheduleRelease(editor, release.id, release.version, new Date(Date.now() - 60_000)), { message: CHECK, fieldErrors: { publishAt: ["Choose a time in the future"] } });
    await refused(() => scheduleRelease(editor, release.id, release.version, new Date("+010000-01-01T00:00:00Z")), { message: CHECK, fieldErrors: { publishAt: ["Choose a date before the year 10000"] } });
  });

  it("an audit filter with month 13 is refused", async () => {
    const admin = await makeUser("ADMIN");
    await expect(listAuditEvents(admin, { from: "2026-13-01" })).rejects.toMatchObject({ message: "Use a date like 2026-12-01" });
  });
});

describe("duplicate slugs and emails", () => {
  it("a release cannot take an address another release has", async () => {
    const { editor, release, base } = await draftOf();
    const other = await makeRelease();
    await refused(() => createRelease(editor, { ...base, slug: other.slug }), { message: CHECK, fieldErrors: { slug: ["That address is already used by another release"] } });
    await refused(() => saveRelease(editor, release.id, { ...base, slug: other.slug }, release.version), { message: CHECK, fieldErrors: { slug: ["That address is already used by another release"] } });
  });

  it("a second account with the same email is refused", async () => {
    const admin = await makeUser("ADMIN");
    const existing = await makeUser("WRITER");
    await refused(() => createUserWithOneTimePassword(admin, { email: existing.email.toUpperCase(), name: "Twin", role: "writer" }), { message: `A user with the email ${existing.email} already exists` });
  });
});
