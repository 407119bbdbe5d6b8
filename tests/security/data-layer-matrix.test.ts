import { describe, expect, it } from "vitest";
import type { RoleName } from "@/lib/schemas/user";
import { can, type Action, type Actor } from "@/lib/server/auth/permissions";
import { db } from "@/lib/server/db";
import { heartbeat } from "@/lib/server/releases/presence";
import { createRelease, restoreRevision, saveRelease } from "@/lib/server/releases/save";
import { correctRelease, publishRelease, scheduleRelease, submitRelease, unpublishRelease, withdrawRelease } from "@/lib/server/releases/workflow";
import { updateSettings } from "@/lib/server/settings/update-settings";
import { createAuthor, deleteAuthor, moveAuthor, updateAuthor } from "@/lib/server/taxonomy/authors";
import { createCategory, deleteCategory, moveCategory, updateCategory } from "@/lib/server/taxonomy/categories";
import { createFirstAdmin } from "@/lib/server/users/create-user";
import { changeRole, createUserWithOneTimePassword, resetPassword, setUserDisabled } from "@/lib/server/users/manage-users";
import { changeOwnPassword, updateOwnName } from "@/lib/server/users/profile";
import { makeAuthor, makeCategory, makeRelease, makeUser, TEST_PASSWORD, unique } from "@/tests/support/factories";
import { actionCases, type Access } from "./access-rules";

// Every server action, called through the data-layer function it delegates to,
// as nobody, a writer, an editor and an admin. The expected outcome comes from
// the permission table; a refusal must leave the database exactly as it was.
type Fixture = { run: () => Promise<unknown>; read: () => Promise<unknown> };
type Case = (actor: Actor | null) => Promise<Fixture>;

const client = () => db();
const future = () => new Date(Date.now() + 86_400_000);
const contentOf = (r: { categoryId: string; authorId: string }) => ({ title: unique("Changed"), body: "<p>Changed</p>", categoryId: r.categoryId, authorId: r.authorId });
const releaseRow = (id: string) => async () => (await client()).release.findUnique({ where: { id } });
const userRow = (id: string) => async () => (await client()).user.findUnique({ where: { id } });

async function withRevision(status: "DRAFT" | "IN_REVIEW" | "PUBLISHED", createdById: string | null) {
  const release = await makeRelease({ status, createdById });
  const revision = await (await client()).revision.create({
    data: { releaseId: release.id, version: 1, title: release.title, slug: release.slug, summary: release.summary, body: release.body, categoryId: release.categoryId, authorId: release.authorId },
  });
  return { release, revision };
}

function taxonomyCases(kind: "author" | "category") {
  const make = kind === "author" ? () => makeAuthor() : () => makeCategory();
  const table = async () => (kind === "author" ? (await client()).author : (await client()).category) as unknown as { findMany: (a: object) => Promise<unknown[]>; findUnique: (a: object) => Promise<unknown> };
  const create = kind === "author" ? createAuthor : createCategory;
  const update = kind === "author" ? updateAuthor : updateCategory;
  const move = kind === "author" ? moveAuthor : moveCategory;
  const remove = kind === "author" ? deleteAuthor : deleteCategory;
  const cap = kind === "author" ? "Author" : "Category";
  const name = unique(cap);
  return {
    [`create${cap}Action`]: async (actor: Actor | null) => ({
      run: () => create(actor as Actor, { name }),
      read: async () => (await table()).findMany({ where: { name } }),
    }),
    [`update${cap}Action`]: async (actor: Actor | null) => {
      const row = await make();
      return { run: () => update(actor as Actor, row.id, { name: unique("Renamed") }), read: async () => (await table()).findUnique({ where: { id: row.id } }) };
    },
    [`move${cap}Action`]: async (actor: Actor | null) => {
      const made = new Set([(await make()).id, (await make()).id]);
      // The later of the two in the list's own order, so moving it up always changes something.
      const order = (await (await table()).findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true } })) as { id: string }[];
      const row = order.filter((r) => made.has(r.id))[1]!;
      return { run: () => move(actor as Actor, row.id, "up"), read: async () => (await table()).findMany({ orderBy: { id: "asc" }, select: { id: true, sortOrder: true } }) };
    },
    [`delete${cap}Action`]: async (actor: Actor | null) => {
      const row = await make();
      return { run: () => remove(actor as Actor, row.id), read: async () => (await table()).findUnique({ where: { id: row.id } }) };
    },
  } satisfies Record<string, Case>;
}

const validSettings = { siteName: "Embassy Press Office", siteDescription: "Press releases", consularPhone: "+44 20 7946 0321", consularEmail: "consular@embassy.example", clock1Label: "Moscow", clock1Zone: "Europe/Moscow", clock2Label: "Tokyo", clock2Zone: "Asia/Tokyo" };

const WORKFLOW: Record<string, Case> = {
  submit: async (actor) => {
    const r = await makeRelease({ status: "DRAFT", createdById: actor?.id ?? null });
    return { run: () => submitRelease(actor as Actor, r.id, r.version), read: releaseRow(r.id) };
  },
  publish: async (actor) => {
    const r = await makeRelease({ status: "IN_REVIEW" });
    return { run: () => publishRelease(actor as Actor, r.id, r.version), read: releaseRow(r.id) };
  },
  schedule: async (actor) => {
    const r = await makeRelease({ status: "IN_REVIEW" });
    return { run: () => scheduleRelease(actor as Actor, r.id, r.version, future()), read: releaseRow(r.id) };
  },
  unpublish: async (actor) => {
    const r = await makeRelease({ status: "PUBLISHED" });
    return { run: () => unpublishRelease(actor as Actor, r.id, r.version), read: releaseRow(r.id) };
  },
  withdraw: async (actor) => {
    const r = await makeRelease({ status: "PUBLISHED" });
    return { run: () => withdrawRelease(actor as Actor, r.id, r.version, { reason: "Issued in error; see today's statement." }), read: releaseRow(r.id) };
  },
  correct: async (actor) => {
    const { release: r } = await withRevision("PUBLISHED", null);
    return {
      run: () => correctRelease(actor as Actor, r.id, r.version, contentOf(r), { note: "The date of the visit is corrected" }),
      read: async () => [await releaseRow(r.id)(), await (await client()).correction.findMany({ where: { releaseId: r.id } })],
    };
  },
};

const CASES: Record<string, Case> = {
  ...Object.fromEntries(Object.entries(taxonomyCases("author")).map(([k, v]) => [`(admin)/admin/authors/actions.ts#${k}`, v])),
  ...Object.fromEntries(Object.entries(taxonomyCases("category")).map(([k, v]) => [`(admin)/admin/categories/actions.ts#${k}`, v])),
  "(admin)/admin/profile/actions.ts#updateNameAction": async (actor) => ({
    run: () => updateOwnName(actor as Actor, { name: unique("New name") }),
    read: actor ? userRow(actor.id) : async () => null,
  }),
  "(admin)/admin/profile/actions.ts#changePasswordAction": async (actor) => ({
    run: () => changeOwnPassword(actor as Actor, { currentPassword: TEST_PASSWORD, newPassword: "another long passphrase 77", confirmPassword: "another long passphrase 77" }),
    read: actor ? userRow(actor.id) : async () => null,
  }),
  "(admin)/admin/settings/actions.ts#updateSettingsAction": async (actor) => ({
    run: () => updateSettings(actor as Actor, { ...validSettings, siteName: unique("Embassy") }),
    read: async () => (await client()).settings.findUnique({ where: { id: "site" } }),
  }),
  "(admin)/admin/users/actions.ts#createUserAction": async (actor) => {
    const email = `${unique("new")}@test.example`;
    return { run: () => createUserWithOneTimePassword(actor as Actor, { email, name: "New person", role: "writer" }), read: async () => (await client()).user.findMany({ where: { email } }) };
  },
  "(admin)/admin/users/actions.ts#changeRoleAction": async (actor) => {
    const target = await makeUser("WRITER");
    return { run: () => changeRole(actor as Actor, target.id, "editor"), read: userRow(target.id) };
  },
  "(admin)/admin/users/actions.ts#setDisabledAction": async (actor) => {
    const target = await makeUser("WRITER");
    return { run: () => setUserDisabled(actor as Actor, target.id, true), read: userRow(target.id) };
  },
  "(admin)/admin/users/actions.ts#resetPasswordAction": async (actor) => {
    const target = await makeUser("WRITER");
    return { run: () => resetPassword(actor as Actor, target.id), read: userRow(target.id) };
  },
  "(admin)/admin/releases/[id]/actions.ts#createReleaseAction": async (actor) => {
    const [category, author] = await Promise.all([makeCategory(), makeAuthor()]);
    return {
      run: () => createRelease(actor as Actor, { title: unique("New release"), categoryId: category.id, authorId: author.id }),
      read: async () => (await client()).release.findMany({ where: { categoryId: category.id } }),
    };
  },
  // Someone else's draft: the case where the role decides.
  "(admin)/admin/releases/[id]/actions.ts#saveReleaseAction": async (actor) => {
    const other = await makeUser("WRITER");
    const r = await makeRelease({ status: "DRAFT", createdById: other.id });
    return { run: () => saveRelease(actor as Actor, r.id, contentOf(r), r.version), read: releaseRow(r.id) };
  },
  "(admin)/admin/releases/[id]/actions.ts#heartbeatAction": async (actor) => {
    const r = await makeRelease();
    return { run: () => heartbeat(actor as Actor, r.id), read: async () => (await client()).presence.findMany({ where: { releaseId: r.id } }) };
  },
  "(admin)/admin/releases/[id]/actions.ts#restoreRevisionAction": async (actor) => {
    const { release, revision } = await withRevision("DRAFT", actor?.id ?? null);
    return { run: () => restoreRevision(actor as Actor, release.id, revision.id, release.version), read: releaseRow(release.id) };
  },
  "(auth)/setup/actions.ts#setupAction": async () => {
    const email = `${unique("setup")}@test.example`;
    return { run: () => createFirstAdmin({ email, name: "Intruder", password: "a long setup passphrase 9" }), read: async () => (await client()).user.findMany({ where: { email } }) };
  },
};

// What a public action may still refuse for reasons other than who is asking.
const EXPECTED_REFUSAL: Record<string, string> = { "(auth)/setup/actions.ts#setupAction": "CONFLICT" };

function allowed(role: RoleName | null, access: Access): boolean {
  if (access === "public") return true;
  return can(role ? { id: "x", email: "x", name: "x", role } : null, access as Action);
}

const caseFor = (key: string, kind: string | null): Case | undefined => (kind ? (key.endsWith("#workflowAction") ? WORKFLOW[kind] : undefined) : CASES[key]);

describe("every server action × every role, through the data layer", () => {
  it("has a case for every action in the access rules", () => {
    expect(actionCases().filter((c) => !caseFor(c.key, c.kind)).map((c) => `${c.key} ${c.kind ?? ""}`)).toEqual([]);
  });

  const roles: (RoleName | null)[] = [null, "WRITER", "EDITOR", "ADMIN"];
  for (const { key, kind, access } of actionCases()) {
    for (const role of roles) {
      const may = allowed(role, access);
      const label = `${key.split("#")[1]}${kind ? ` (${kind})` : ""}`;
      it(`${role?.toLowerCase() ?? "anonymous"} ${may ? "may" : "may not"} call ${label} [${access}]`, async () => {
        // Another admin exists, so an admin changing accounts never hits the last-admin rule.
        await makeUser("ADMIN");
        const actor = role ? await makeUser(role) : null;
        const fixture = await caseFor(key, kind)!(actor);
        const auditBefore = await (await client()).auditEvent.count();
        const before = await fixture.read();
        const outcome = fixture.run().then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error: error as { code?: string; message?: string } }),
        );
        const result = await outcome;
        if (may) {
          const refusal = EXPECTED_REFUSAL[key];
          if (refusal) expect(result).toMatchObject({ ok: false, error: { code: refusal } });
          else expect(result.ok ? "done" : `${result.error.code}: ${result.error.message}`).toBe("done");
          // Done means changed: the rows the action is about are no longer as they were.
          if (result.ok) expect(await fixture.read()).not.toEqual(before);
        } else {
          expect(result).toMatchObject({ ok: false, error: role ? { code: "FORBIDDEN", message: expect.stringMatching(/role does not allow/) } : { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
          expect(await fixture.read()).toEqual(before);
          expect(await (await client()).auditEvent.count()).toBe(auditBefore);
        }
      });
    }
  }
});
