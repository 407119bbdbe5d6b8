import { describe, expect, it } from "vitest";
import { db } from "../db";
import { getSettings } from "./get-settings";

describe("reading the site settings", () => {
  it("gives the defaults on a fresh database, even to many first readers at once", async () => {
    const client = await db();
    await client.settings.deleteMany({});
    const all = await Promise.all(Array.from({ length: 8 }, () => getSettings()));
    for (const settings of all) {
      expect(settings.clocks).toEqual([
        { label: "Moscow", zone: "Europe/Moscow" },
        { label: "London", zone: "Europe/London" },
      ]);
    }
    expect(await client.settings.count()).toBe(1);
  });
});
