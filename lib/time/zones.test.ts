import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatDotDate,
  formatLongDate,
  formatOffset,
  isValidZone,
  monthKey,
  monthRange,
  msUntilNextMinute,
  zoneOffsetMinutes,
} from "./zones";

const MOSCOW = "Europe/Moscow";
const LONDON = "Europe/London";

describe("clocks", () => {
  it("shows the model page's instant: Moscow 09:18, London 07:18 in summer", () => {
    const at = new Date("2018-08-19T06:18:00Z");
    expect(formatClock(at, MOSCOW)).toBe("09:18");
    expect(formatClock(at, LONDON)).toBe("07:18");
    expect(formatLongDate(at, LONDON)).toBe("19 August 2018");
  });

  it("London springs forward at 01:00 UTC on the last Sunday of March; Moscow does not move", () => {
    const before = new Date("2026-03-29T00:59:00Z");
    const after = new Date("2026-03-29T01:00:00Z");
    expect(formatClock(before, LONDON)).toBe("00:59");
    expect(formatClock(after, LONDON)).toBe("02:00");
    expect(formatClock(before, MOSCOW)).toBe("03:59");
    expect(formatClock(after, MOSCOW)).toBe("04:00");
  });

  it("London falls back at 01:00 UTC on the last Sunday of October", () => {
    const before = new Date("2026-10-25T00:59:00Z");
    const after = new Date("2026-10-25T01:00:00Z");
    expect(formatClock(before, LONDON)).toBe("01:59");
    expect(formatClock(after, LONDON)).toBe("01:00");
    expect(formatClock(after, MOSCOW)).toBe("04:00");
  });

  it("Moscow is three hours ahead of London in winter and two in summer", () => {
    const winter = new Date("2026-01-15T12:00:00Z");
    const summer = new Date("2026-07-15T12:00:00Z");
    expect(zoneOffsetMinutes(winter, MOSCOW) - zoneOffsetMinutes(winter, LONDON)).toBe(180);
    expect(zoneOffsetMinutes(summer, MOSCOW) - zoneOffsetMinutes(summer, LONDON)).toBe(120);
    expect(formatOffset(zoneOffsetMinutes(summer, LONDON))).toBe("UTC+1");
    expect(formatOffset(zoneOffsetMinutes(winter, MOSCOW))).toBe("UTC+3");
    expect(formatOffset(330)).toBe("UTC+5:30");
  });

  it("shows midnight as 00:00, not 24:00", () => {
    expect(formatClock(new Date("2026-01-01T00:00:00Z"), LONDON)).toBe("00:00");
  });

  it("ticks on the whole minute", () => {
    expect(msUntilNextMinute(Date.UTC(2026, 0, 1, 10, 0, 0))).toBe(60_000);
    expect(msUntilNextMinute(Date.UTC(2026, 0, 1, 10, 0, 59, 500))).toBe(500);
  });

  it("recognises IANA zone names", () => {
    expect(isValidZone(LONDON)).toBe(true);
    expect(isValidZone("Mars/Olympus")).toBe(false);
  });
});

describe("dates", () => {
  it("writes dd.mm.yyyy in the zone, so a late-evening UTC time can be the next day", () => {
    expect(formatDotDate(new Date("2026-11-30T10:00:00Z"), LONDON)).toBe("30.11.2026");
    expect(formatDotDate(new Date("2026-06-30T23:30:00Z"), LONDON)).toBe("01.07.2026");
  });

  it("finds a month's bounds in the zone across a daylight-saving change", () => {
    const march = monthRange(2026, 3, LONDON);
    expect(march.start.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(march.end.toISOString()).toBe("2026-03-31T23:00:00.000Z");
    const december = monthRange(2026, 12, MOSCOW);
    expect(december.start.toISOString()).toBe("2026-11-30T21:00:00.000Z");
    expect(december.end.toISOString()).toBe("2026-12-31T21:00:00.000Z");
  });

  it("puts an instant in the month of its local date", () => {
    expect(monthKey(new Date("2026-03-31T23:30:00Z"), LONDON)).toBe("2026-04");
    expect(monthKey(new Date("2026-03-31T22:30:00Z"), LONDON)).toBe("2026-03");
  });
});
