import crypto from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { hostileObject, hostileValue } from "@/tests/security/hostile";
import { SIGN_IN_REFUSED, signIn } from "./sign-in";

// credentialsSchema guards signIn; a refusal there is one message for everything.
describe("credentialsSchema", () => {
  it("any hostile email or password is refused with the one sign-in message, and no account changes", async () => {
    const client = await db();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileObject(["email", "password"]), hostileValue), async (input) => {
        const before = [await client.user.count(), await client.auditEvent.count()];
        const ip = `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomBytes(3).toString("hex")}`;
        const base = typeof input === "object" && input !== null ? input : { email: input, password: input };
        await expect(signIn({ ...(base as { email: string; password: string }), headers: { "x-forwarded-for": ip }, trustProxy: true })).rejects.toThrow(SIGN_IN_REFUSED);
        expect([await client.user.count(), await client.auditEvent.count()]).toEqual(before);
      }),
      { numRuns: 15 },
    );
  });
});
