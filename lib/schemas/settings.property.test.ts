import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSchemaRefusesPolitely, hostileObject, hostileValue } from "@/tests/security/hostile";
import { settingsSchema } from "./settings";

const KEYS = ["siteName", "siteDescription", "consularPhone", "consularEmail", "clock1Label", "clock1Zone", "clock2Label", "clock2Zone"];

describe("settingsSchema", () => {
  it("refuses any hostile value with a human message and never throws", () => {
    assertSchemaRefusesPolitely(settingsSchema, fc.oneof(hostileValue, hostileObject(KEYS)), 200);
  });
  it("accepts no time zone the runtime does not know", () => {
    const valid = { siteName: "S", siteDescription: "D", consularPhone: "+44 20", consularEmail: "a@b.example", clock1Label: "A", clock1Zone: "Europe/London", clock2Label: "B", clock2Zone: "Asia/Tokyo" };
    fc.assert(
      fc.property(fc.string(), (zone) => {
        const result = settingsSchema.safeParse({ ...valid, clock2Zone: zone });
        expect(result.success).toBe(Intl.supportedValuesOf("timeZone").includes(zone.trim()));
      }),
    );
  });
});
