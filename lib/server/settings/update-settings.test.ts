import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeUser } from "@/tests/support/factories";
import { getSettings } from "./get-settings";
import { updateSettings } from "./update-settings";

const VALID = {
  siteName: "Embassy Press Office",
  siteDescription: "Statements and news",
  consularPhone: "+44 (0) 20 7946 0000",
  consularEmail: "Consular@Embassy.example",
  clock1Label: "Moscow",
  clock1Zone: "Europe/Moscow",
  clock2Label: "London",
  clock2Zone: "Europe/London",
};

describe("site settings", () => {
  it("an admin saves them, audited, and getSettings reads them back", async () => {
    const admin = await makeUser("ADMIN");
    await updateSettings(admin, { ...VALID, siteName: "Press Office of the Embassy", clock2Label: "Edinburgh" });
    const settings = await getSettings();
    expect(settings.siteName).toBe("Press Office of the Embassy");
    expect(settings.consularEmail).toBe("consular@embassy.example");
    expect(settings.clocks[1]).toEqual({ label: "Edinburgh", zone: "Europe/London" });
    const client = await db();
    const event = await client.auditEvent.findFirst({ where: { action: "settings.update", actorId: admin.id } });
    expect(JSON.parse(event!.details).changed.siteName).toBe("Press Office of the Embassy");
  });

  it("refuses a zone that is not in the IANA list and writes nothing", async () => {
    const admin = await makeUser("ADMIN");
    await updateSettings(admin, VALID);
    await expect(updateSettings(admin, { ...VALID, siteName: "Changed", clock1Zone: "Mars/Olympus" })).rejects.toMatchObject({
      fieldErrors: { clock1Zone: ["Choose a time zone from the list"] },
    });
    expect((await getSettings()).siteName).toBe("Embassy Press Office");
  });

  it("is for admins only", async () => {
    await expect(updateSettings(await makeUser("EDITOR"), VALID)).rejects.toThrow(/role does not allow/);
  });
});
