import { describe, expect, it } from "vitest";
import { scheduleLabel, zonedWallTimeToUtc } from "./schedule-label";

const clocks = [
  { label: "Moscow", zone: "Europe/Moscow" },
  { label: "London", zone: "Europe/London" },
];

describe("scheduleLabel", () => {
  it("names the time in both zones in summer", () => {
    expect(scheduleLabel(new Date("2026-08-19T06:00:00Z"), clocks)).toBe("Publishes 19 Aug 2026, 09:00 Moscow / 07:00 London");
  });

  it("follows London onto winter time", () => {
    expect(scheduleLabel(new Date("2026-12-24T09:00:00Z"), clocks)).toBe("Publishes 24 Dec 2026, 12:00 Moscow / 09:00 London");
  });

  it("says the other date when the zones are on different days", () => {
    expect(scheduleLabel(new Date("2026-12-31T22:30:00Z"), clocks)).toBe("Publishes 1 Jan 2027, 01:30 Moscow / 31 Dec 2026, 22:30 London");
  });
});

describe("zonedWallTimeToUtc", () => {
  it("reads a Moscow wall time", () => {
    expect(zonedWallTimeToUtc("2026-08-19T09:00", "Europe/Moscow")?.toISOString()).toBe("2026-08-19T06:00:00.000Z");
  });

  it("reads a London summer and winter wall time", () => {
    expect(zonedWallTimeToUtc("2026-08-19T07:00", "Europe/London")?.toISOString()).toBe("2026-08-19T06:00:00.000Z");
    expect(zonedWallTimeToUtc("2026-12-24T09:00", "Europe/London")?.toISOString()).toBe("2026-12-24T09:00:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(zonedWallTimeToUtc("tomorrow", "Europe/London")).toBeNull();
    expect(zonedWallTimeToUtc("2026-02-30T09:00", "Europe/London")).toBeNull();
    expect(zonedWallTimeToUtc("2026-08-19T25:00", "Europe/London")).toBeNull();
  });
});
