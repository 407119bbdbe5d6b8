// What the archive's side column lists by date. Every month would be one line
// per month of the archive's whole life (137 at 100,000 releases over eleven
// years), which made each archive page four times the size of a release page.
// Instead: the months of the year being read (a month or a year page), else
// the twelve newest months; and every year once, with its count, linking to
// its page, where its months are listed in turn.

export type MonthCount = { year: number; month: number; count: number };
export type YearCount = { year: number; count: number };
export type MonthsNav = { year: number | null; months: MonthCount[]; years: YearCount[] };

const RECENT_MONTHS = 12;

/** `months` newest first (as listPublicMonths gives them); `focusYear` the year being read, if any. */
export function monthsNav(months: MonthCount[], focusYear?: number): MonthsNav {
  const years: YearCount[] = [];
  for (const m of months) {
    const last = years.at(-1);
    if (last && last.year === m.year) last.count += m.count;
    else years.push({ year: m.year, count: m.count });
  }
  if (focusYear !== undefined) return { year: focusYear, months: months.filter((m) => m.year === focusYear), years };
  return { year: null, months: months.slice(0, RECENT_MONTHS), years };
}
