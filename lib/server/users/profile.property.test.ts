import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
import { db } from "@/lib/server/db";
import { makeUser } from "@/tests/support/factories";
import { hostileObject, hostileValue, isHumanMessage } from "@/tests/security/hostile";
import { changeOwnPassword, updateOwnName } from "./profile";

let person: Actor;
beforeAll(async () => {
  person = await makeUser("WRITER");
});

async function refusedPolitely(work: () => Promise<unknown>) {
  const client = await db();
  const before = await client.user.findUniqueOrThrow({ where: { id: person.id } });
  try {
    await work();
  } catch (error) {
    expect((error as Error).name).toBe("AppError");
    expect((error as Error).message).toSatisfy(isHumanMessage);
    for (const messages of Object.values((error as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {})) for (const m of messages) expect(m).toSatisfy(isHumanMessage);
    expect(await client.user.findUniqueOrThrow({ where: { id: person.id } })).toEqual(before);
  }
}

describe("nameInput", () => {
  it("a hostile name is refused in plain words and the account is unchanged", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof(hostileValue, hostileObject(["name"])), (input) => refusedPolitely(() => updateOwnName(person, input as { name: string }))), { numRuns: 60 });
  });
});

describe("passwordInput", () => {
  // The current password never matches, so nothing may change at all.
  it("a hostile password change is refused in plain words and the account is unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, hostileObject(["currentPassword", "newPassword", "confirmPassword"])), async (input) => {
        const client = await db();
        const before = await client.user.findUniqueOrThrow({ where: { id: person.id } });
        await refusedPolitely(() => changeOwnPassword(person, input as { currentPassword: string; newPassword: string; confirmPassword: string }));
        expect(await client.user.findUniqueOrThrow({ where: { id: person.id } })).toEqual(before);
      }),
      { numRuns: 30 },
    );
  });
});
