import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
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
import { makeRelease, makeUser } from "@/tests/support/factories";
import { actionCases } from "./access-rules";
import { hostileObject, hostileString, hostileValue, isHumanMessage } from "./hostile";

// Hostile arguments thrown at the data-layer function behind every server
// action, by an admin (who may do everything, so only the input decides). Each
// call either succeeds or is refused with an AppError whose message, and every
// field message, a person can read; a refusal leaves every table as it was.
const TABLES = ["user", "author", "category", "release", "revision", "correction", "slugRedirect", "presence", "auditEvent", "settings"] as const;

async function counts(): Promise<Record<string, number>> {
  const client = (await db()) as unknown as Record<string, { count: () => Promise<number> }>;
  return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await client[t]!.count()] as const)));
}

type Target = { id: string; version: number };
type Call = (admin: Actor, input: unknown, target: Target) => Promise<unknown>;
const s = (v: unknown) => v as string;
const n = (v: unknown) => v as number;
const o = <T>(v: unknown) => v as T;

// Release content that is valid except for one or two hostile fields, so the
// input gets past the first check and reaches the database.
const CONTENT_KEYS = ["title", "slug", "categoryId", "authorId", "summary", "body", "question", "featured", "publishAt", "changeSlug"] as const;
const nearlyValidContent = fc
  .tuple(fc.subarray([...CONTENT_KEYS], { minLength: 1, maxLength: 2 }), fc.array(fc.oneof(hostileValue, fc.date({ noInvalidDate: false }), fc.constantFrom("275760-09-13", "+010000-01-01T00:00:00Z", "0000-01-01", "nope-category")), { minLength: 2, maxLength: 2 }))
  .map(([keys, values]) => ({ title: "A statement", categoryId: known.categoryId, authorId: known.authorId, ...Object.fromEntries(keys.map((k, i) => [k, values[i]])) }));
const content = fc.oneof(hostileValue, hostileObject(CONTENT_KEYS), nearlyValidContent, nearlyValidContent);

// The arbitrary for each action's untrusted arguments, and how to call it.
const CALLS: Record<string, { input: fc.Arbitrary<unknown>; call: Call; status?: "DRAFT" | "IN_REVIEW" | "PUBLISHED" }> = {
  "(admin)/admin/authors/actions.ts#createAuthorAction": { input: hostileObject(["name", "title"]), call: (a, i) => createAuthor(a, o(i)) },
  "(admin)/admin/authors/actions.ts#updateAuthorAction": { input: fc.tuple(hostileString, hostileObject(["name", "title"])), call: (a, i) => updateAuthor(a, s(o<unknown[]>(i)[0]), o(o<unknown[]>(i)[1])) },
  "(admin)/admin/authors/actions.ts#moveAuthorAction": { input: fc.tuple(hostileString, hostileValue), call: (a, i) => moveAuthor(a, s(o<unknown[]>(i)[0]), s(o<unknown[]>(i)[1])) },
  "(admin)/admin/authors/actions.ts#deleteAuthorAction": { input: hostileString, call: (a, i) => deleteAuthor(a, s(i)) },
  "(admin)/admin/categories/actions.ts#createCategoryAction": { input: hostileObject(["name", "description"]), call: (a, i) => createCategory(a, o(i)) },
  "(admin)/admin/categories/actions.ts#updateCategoryAction": { input: fc.tuple(hostileString, hostileObject(["name", "description"])), call: (a, i) => updateCategory(a, s(o<unknown[]>(i)[0]), o(o<unknown[]>(i)[1])) },
  "(admin)/admin/categories/actions.ts#moveCategoryAction": { input: fc.tuple(hostileString, hostileValue), call: (a, i) => moveCategory(a, s(o<unknown[]>(i)[0]), s(o<unknown[]>(i)[1])) },
  "(admin)/admin/categories/actions.ts#deleteCategoryAction": { input: hostileString, call: (a, i) => deleteCategory(a, s(i)) },
  "(admin)/admin/profile/actions.ts#updateNameAction": { input: fc.oneof(hostileValue, hostileObject(["name"])), call: (a, i) => updateOwnName(a, o(i)) },
  "(admin)/admin/profile/actions.ts#changePasswordAction": { input: fc.oneof(hostileValue, hostileObject(["currentPassword", "newPassword", "confirmPassword"])), call: (a, i) => changeOwnPassword(a, o(i)) },
  "(admin)/admin/settings/actions.ts#updateSettingsAction": { input: fc.oneof(hostileValue, hostileObject(["siteName", "siteDescription", "consularPhone", "consularEmail", "clock1Label", "clock1Zone", "clock2Label", "clock2Zone"])), call: (a, i) => updateSettings(a, o(i)) },
  "(admin)/admin/users/actions.ts#createUserAction": { input: fc.oneof(hostileValue, hostileObject(["email", "name", "role"])), call: (a, i) => createUserWithOneTimePassword(a, o(i)) },
  "(admin)/admin/users/actions.ts#changeRoleAction": { input: fc.tuple(hostileString, hostileValue), call: (a, i) => changeRole(a, s(o<unknown[]>(i)[0]), s(o<unknown[]>(i)[1])) },
  "(admin)/admin/users/actions.ts#setDisabledAction": { input: hostileString, call: (a, i) => setUserDisabled(a, s(i), true) },
  "(admin)/admin/users/actions.ts#resetPasswordAction": { input: hostileString, call: (a, i) => resetPassword(a, s(i)) },
  "(admin)/admin/releases/[id]/actions.ts#createReleaseAction": { input: content, call: (a, i) => createRelease(a, o(i)) },
  "(admin)/admin/releases/[id]/actions.ts#saveReleaseAction": { input: fc.tuple(fc.oneof(hostileValue, fc.constant(1)), content), call: (a, i, t) => saveRelease(a, t.id, o(o<unknown[]>(i)[1]), n(o<unknown[]>(i)[0])), status: "DRAFT" },
  "(admin)/admin/releases/[id]/actions.ts#workflowAction:submit": { input: hostileValue, call: (a, i, t) => submitRelease(a, t.id, n(i)), status: "DRAFT" },
  "(admin)/admin/releases/[id]/actions.ts#workflowAction:publish": { input: hostileValue, call: (a, i, t) => publishRelease(a, t.id, n(i)), status: "IN_REVIEW" },
  "(admin)/admin/releases/[id]/actions.ts#workflowAction:schedule": { input: fc.oneof(fc.date({ noInvalidDate: false }), fc.constant(new Date("2035-01-01"))), call: (a, i, t) => scheduleRelease(a, t.id, t.version + 7, o<Date>(i)), status: "IN_REVIEW" },
  "(admin)/admin/releases/[id]/actions.ts#workflowAction:unpublish": { input: hostileValue, call: (a, i, t) => unpublishRelease(a, t.id, n(i)), status: "PUBLISHED" },
  "(admin)/admin/releases/[id]/actions.ts#workflowAction:withdraw": { input: fc.tuple(hostileValue, fc.oneof(hostileValue, hostileObject(["reason"]))), call: (a, i, t) => withdrawRelease(a, t.id, t.version, o(o<unknown[]>(i)[1])), status: "PUBLISHED" },
  "(admin)/admin/releases/[id]/actions.ts#workflowAction:correct": { input: fc.tuple(content, fc.oneof(hostileValue, hostileObject(["note"]), fc.constant({ note: "A fair correction" }))), call: (a, i, t) => correctRelease(a, t.id, t.version, o(o<unknown[]>(i)[0]), o(o<unknown[]>(i)[1])), status: "PUBLISHED" },
  "(admin)/admin/releases/[id]/actions.ts#heartbeatAction": { input: hostileString, call: (a, i) => heartbeat(a, s(i)) },
  "(admin)/admin/releases/[id]/actions.ts#restoreRevisionAction": { input: fc.tuple(hostileString, hostileValue), call: (a, i, t) => restoreRevision(a, t.id, s(o<unknown[]>(i)[0]), n(o<unknown[]>(i)[1])), status: "DRAFT" },
  "(auth)/setup/actions.ts#setupAction": { input: fc.oneof(hostileValue, hostileObject(["email", "name", "password"])), call: (_a, i) => createFirstAdmin(o(i)) },
};

let admin: Actor;
const known = { categoryId: "", authorId: "" };
beforeAll(async () => {
  admin = await makeUser("ADMIN");
  await makeUser("ADMIN");
  const release = await makeRelease();
  Object.assign(known, { categoryId: release.categoryId, authorId: release.authorId });
});

describe("hostile input at every data-layer function behind a server action", () => {
  it("has a generator for every action in the access rules", () => {
    expect(actionCases().map((c) => (c.kind ? `${c.key}:${c.kind}` : c.key)).filter((k) => !CALLS[k])).toEqual([]);
  });

  for (const { key, kind } of actionCases()) {
    const name = kind ? `${key}:${kind}` : key;
    it(`${name.split("#")[1]} refuses politely and writes nothing when it refuses`, async () => {
      const entry = CALLS[name]!;
      await fc.assert(
        fc.asyncProperty(entry.input, async (input) => {
          const target = entry.status ? await makeRelease({ status: entry.status }) : { id: "", version: 1 };
          const before = await counts();
          let error: unknown = null;
          try {
            await entry.call(admin, input, target);
          } catch (caught) {
            error = caught;
          }
          if (error === null) return;
          const refusal = error as { name?: string; message?: string; fieldErrors?: Record<string, string[]> };
          expect(refusal.name, String(error)).toBe("AppError");
          expect(refusal.message).toSatisfy(isHumanMessage);
          for (const messages of Object.values(refusal.fieldErrors ?? {})) for (const m of messages) expect(m).toSatisfy(isHumanMessage);
          expect(await counts()).toEqual(before);
        }),
        { numRuns: 25 },
      );
    });
  }
});
