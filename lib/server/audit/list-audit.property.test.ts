import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/auth/permissions";
import { makeUser } from "@/tests/support/factories";
import { assertSchemaRefusesPolitely, hostileObject, hostileString, isHumanMessage } from "@/tests/security/hostile";
import { auditFilterSchema, listAuditEvents } from "./list-audit";

let admin: Actor;
beforeAll(async () => {
  admin = await makeUser("ADMIN");
});

describe("auditFilterSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(auditFilterSchema, hostileObject(["actorId", "action", "from", "to", "before"])));
  it("listAuditEvents answers any filter from the address bar with entries or a human refusal", async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ actorId: hostileString, action: hostileString, from: hostileString, to: hostileString, before: hostileString }, { requiredKeys: [] }), async (filter) => {
        try {
          await listAuditEvents(admin, filter);
        } catch (error) {
          expect((error as Error).name).toBe("AppError");
          expect((error as Error).message).toSatisfy(isHumanMessage);
        }
      }),
      { numRuns: 40 },
    );
  });
});
