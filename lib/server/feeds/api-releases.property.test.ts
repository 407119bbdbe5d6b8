import fc from "fast-check";
import { describe, it } from "vitest";
import { assertSchemaRefusesPolitely, hostileString } from "@/tests/security/hostile";
import { listQuerySchema } from "./api-releases";

// The API's query string: every value a string, any key.
describe("listQuerySchema", () => {
  it("refuses politely", () =>
    assertSchemaRefusesPolitely(
      listQuerySchema,
      fc.tuple(fc.record({ cursor: hostileString, limit: hostileString, category: hostileString, updatedSince: hostileString }, { requiredKeys: [] }), fc.dictionary(hostileString, hostileString, { maxKeys: 2 })).map(([known, extra]) => ({ ...extra, ...known })),
    ));
});
