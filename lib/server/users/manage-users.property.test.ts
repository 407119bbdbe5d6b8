import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
import { db } from "@/lib/server/db";
import { makeUser } from "@/tests/support/factories";
import { hostileObject, hostileValue, isHumanMessage } from "@/tests/security/hostile";
import { createUserWithOneTimePassword } from "./manage-users";

let admin: Actor;
beforeAll(async () => {
  admin = await makeUser("ADMIN");
});

// newAccountSchema guards createUserWithOneTimePassword.
describe("newAccountSchema", () => {
  it("a hostile new account is refused in plain words and no account is made", async () => {
    const client = await db();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, hostileObject(["email", "name", "role"])), async (input) => {
        const before = await client.user.count();
        try {
          await createUserWithOneTimePassword(admin, input as { email: string; name: string; role: string });
          expect(await client.user.count()).toBe(before + 1);
        } catch (error) {
          expect((error as Error).name).toBe("AppError");
          expect((error as Error).message).toSatisfy(isHumanMessage);
          expect(await client.user.count()).toBe(before);
        }
      }),
      { numRuns: 60 },
    );
  });
});
