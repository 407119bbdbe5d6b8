import { describe, expect, it } from "vitest";
import { monthsNav, type MonthCount } from "./months-nav";

// 2024-03 … 2026-11, newest first, month m of year y holding y - 2000 + m releases.
const months: MonthCount[] = [];
for (let y = 2026; y >= 2024; y--) for (let m = 12; m >= 1; m--) if (!(y === 2026 && m === 12) && !(y === 2024 && m < 3)) months.push({ year: y, month: m, count: y - 2000 + m });

describe("the archive's months and years", () => {
  it("lists the twelve newest months, across a new year, when no year is being read", () => {
    const nav = monthsNav(months);
    expect(nav.year).toBeNull();
    expect(nav.months.map((m) => `${m.year}-${m.month}`)).toEqual(["2026-11", "2026-10", "2026-9", "2026-8", "2026-7", "2026-6", "2026-5", "2026-4", "2026-3", "2026-2", "2026-1", "2025-12"]);
  });

  it("lists every month of the year being read, and only those", () => {
    const nav = monthsNav(months, 2024);
    expect(nav.year).toBe(2024);
    expect(nav.months.map((m) => m.month)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
    expect(monthsNav(months, 1999).months).toEqual([]);
  });

  it("counts each year once, newest first, as the sum of its months", () => {
    const sum = (y: number) => months.filter((m) => m.year === y).reduce((n, m) => n + m.count, 0);
    expect(monthsNav(months).years).toEqual([2026, 2025, 2024].map((year) => ({ year, count: sum(year) })));
    expect(monthsNav([]).years).toEqual([]);
  });
});
