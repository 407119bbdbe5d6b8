import { describe, expect, it } from "vitest";
import type { RoleName } from "@/lib/schemas/user";
import type { Actor } from "@/lib/server/auth/permissions";
import { makeAuthor, makeCategory, makeRelease, makeUser } from "@/tests/support/factories";
import { db } from "@/lib/server/db";
import { createRelease, restoreRevision, saveRelease } from "./save";
import { correctRelease, publishRelease, scheduleRelease, submitRelease, unpublishRelease, withdrawRelease } from "./workflow";

type Status = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "WITHDRAWN";
type Setup = { status: Status; own: boolean };
type Case = { name: string; setup: Setup | null; run: (actor: Actor, release: { id: string; version: number; categoryId: string; authorId: string }) => Promise<unknown> };

const content = (r: { categoryId: string; authorId: string }) => ({ title: "Changed title", body: "<p>Changed</p>", categoryId: r.categoryId, authorId: r.authorId });
const future = () => new Date(Date.now() + 3_600_000);

const CASES: Case[] = [
  { name: "create a draft", setup: null, run: async (actor) => {
    const [category, author] = await Promise.all([makeCategory(), makeAuthor()]);
    return createRelease(actor, { title: "New", categoryId: category.id, authorId: author.id });
  } },
  { name: "edit their own draft", setup: { status: "DRAFT", own: true }, run: (a, r) => saveRelease(a, r.id, content(r), r.version) },
  { name: "edit someone else's draft", setup: { status: "DRAFT", own: false }, run: (a, r) => saveRelease(a, r.id, content(r), r.version) },
  { name: "edit their own draft after submitting it", setup: { status: "IN_REVIEW", own: true }, run: (a, r) => saveRelease(a, r.id, content(r), r.version) },
  { name: "edit a published release", setup: { status: "PUBLISHED", own: true }, run: (a, r) => saveRelease(a, r.id, content(r), r.version) },
  { name: "submit their own draft", setup: { status: "DRAFT", own: true }, run: (a, r) => submitRelease(a, r.id, r.version) },
  { name: "submit someone else's draft", setup: { status: "DRAFT", own: false }, run: (a, r) => submitRelease(a, r.id, r.version) },
  { name: "publish a release in review", setup: { status: "IN_REVIEW", own: true }, run: (a, r) => publishRelease(a, r.id, r.version) },
  { name: "publish a draft directly", setup: { status: "DRAFT", own: true }, run: (a, r) => publishRelease(a, r.id, r.version) },
  { name: "schedule a release", setup: { status: "IN_REVIEW", own: true }, run: (a, r) => scheduleRelease(a, r.id, r.version, future()) },
  { name: "unpublish a release", setup: { status: "PUBLISHED", own: true }, run: (a, r) => unpublishRelease(a, r.id, r.version) },
  { name: "withdraw a release", setup: { status: "PUBLISHED", own: true }, run: (a, r) => withdrawRelease(a, r.id, r.version, { reason: "Issued in error; see the statement of today." }) },
  { name: "correct a release", setup: { status: "PUBLISHED", own: true }, run: (a, r) => correctRelease(a, r.id, r.version, content(r), { note: "Date of the visit corrected" }) },
  { name: "restore a revision of their own draft", setup: { status: "DRAFT", own: true }, run: async (a, r) => {
    const saved = await saveRelease(a, r.id, content(r), r.version);
    const client = await db();
    const first = await client.revision.findFirstOrThrow({ where: { releaseId: r.id, version: r.version } });
    return restoreRevision(a, r.id, first.id, saved.version);
  } },
  { name: "restore a revision of someone else's draft", setup: { status: "DRAFT", own: false }, run: async (a, r) => {
    const client = await db();
    const first = await client.revision.findFirstOrThrow({ where: { releaseId: r.id } });
    return restoreRevision(a, r.id, first.id, r.version);
  } },
];

// Who may do what: true = allowed, false = refused with FORBIDDEN.
const EXPECTED: Record<string, Record<RoleName, boolean>> = {
  "create a draft": { WRITER: true, EDITOR: true, ADMIN: true },
  "edit their own draft": { WRITER: true, EDITOR: true, ADMIN: true },
  "edit someone else's draft": { WRITER: false, EDITOR: true, ADMIN: true },
  "edit their own draft after submitting it": { WRITER: false, EDITOR: true, ADMIN: true },
  "edit a published release": { WRITER: false, EDITOR: true, ADMIN: true },
  "submit their own draft": { WRITER: true, EDITOR: true, ADMIN: true },
  "submit someone else's draft": { WRITER: false, EDITOR: true, ADMIN: true },
  "publish a release in review": { WRITER: false, EDITOR: true, ADMIN: true },
  "publish a draft directly": { WRITER: false, EDITOR: true, ADMIN: true },
  "schedule a release": { WRITER: false, EDITOR: true, ADMIN: true },
  "unpublish a release": { WRITER: false, EDITOR: true, ADMIN: true },
  "withdraw a release": { WRITER: false, EDITOR: true, ADMIN: true },
  "correct a release": { WRITER: false, EDITOR: true, ADMIN: true },
  "restore a revision of their own draft": { WRITER: true, EDITOR: true, ADMIN: true },
  "restore a revision of someone else's draft": { WRITER: false, EDITOR: true, ADMIN: true },
};

async function arrange(actor: Actor, setup: Setup) {
  const other = await makeUser("WRITER");
  const release = await makeRelease({ status: setup.status, createdById: setup.own ? actor.id : other.id });
  const client = await db();
  await client.revision.create({
    data: { releaseId: release.id, version: 1, title: release.title, slug: release.slug, summary: release.summary, body: release.body, categoryId: release.categoryId, authorId: release.authorId },
  });
  return release;
}

describe("every role × every release action", () => {
  const roles: RoleName[] = ["WRITER", "EDITOR", "ADMIN"];
  it("the table covers every case", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map((c) => c.name).sort());
  });
  for (const testCase of CASES) {
    for (const role of roles) {
      const allowed = EXPECTED[testCase.name]?.[role];
      it(`${role.toLowerCase()} ${allowed ? "may" : "may not"} ${testCase.name}`, async () => {
        const actor = await makeUser(role);
        const release = testCase.setup ? await arrange(actor, testCase.setup) : { id: "", version: 1, categoryId: "", authorId: "" };
        const before = testCase.setup ? await (await db()).release.findUniqueOrThrow({ where: { id: release.id } }) : null;
        const outcome = testCase.run(actor, release);
        if (allowed) {
          await expect(outcome).resolves.toBeDefined();
        } else {
          await expect(outcome).rejects.toMatchObject({ code: "FORBIDDEN" });
          if (before) expect(await (await db()).release.findUniqueOrThrow({ where: { id: release.id } })).toEqual(before);
        }
      });
    }
  }

  it("an anonymous caller is refused", async () => {
    const release = await makeRelease();
    await expect(publishRelease(null as unknown as Actor, release.id, 1)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(saveRelease(null as unknown as Actor, release.id, content(release), 1)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
