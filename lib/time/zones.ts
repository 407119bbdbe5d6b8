// Pure time-zone helpers. Instants are UTC `Date`s; zones are IANA names.
// All formatting goes through Intl so daylight-saving rules come from the
// platform's time-zone database, never from hand-written offsets.

const CLOCK_OPTIONS = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
const LONG_DATE_OPTIONS = { day: "numeric", month: "long", year: "numeric" } as const;

// The same options are used by the inline script that fills the clocks before
// first paint (components/public/clock-script.ts), so server, script and React
// agree on the text.
export const CLOCK_FORMAT = CLOCK_OPTIONS;
export const LONG_DATE_FORMAT = LONG_DATE_OPTIONS;

export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Making a DateTimeFormat costs far more than using one (about 55 µs against
// 1 µs here, more on a busy server), and every page rendered per request made
// one for the masthead's date, so one is kept per purpose and zone: a site has
// a handful of zones, and an unknown zone throws before anything is kept.
const KEPT_ZONES = 64;

function keptFormat(kept: Map<string, Intl.DateTimeFormat>, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = kept.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: zone });
    if (kept.size < KEPT_ZONES) kept.set(zone, format);
  }
  return format;
}

const clockFormats = new Map<string, Intl.DateTimeFormat>();
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** "09:18": hours and minutes on a 24-hour clock in `zone`. */
export function formatClock(instant: Date, zone: string): string {
  return keptFormat(clockFormats, zone, CLOCK_OPTIONS).format(instant);
}

/** "19 August 2018" in `zone`. */
export function formatLongDate(instant: Date, zone: string): string {
  return keptFormat(longDateFormats, zone, LONG_DATE_OPTIONS).format(instant);
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

// Lists format a date per row, through the same kept formats.
const partsFormats = new Map<string, Intl.DateTimeFormat>();
const PARTS_OPTIONS: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" };

function partsFormat(zone: string): Intl.DateTimeFormat {
  return keptFormat(partsFormats, zone, PARTS_OPTIONS);
}

export function partsInZone(instant: Date, zone: string): Parts {
  const parts = partsFormat(zone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? "0");
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "19.08.2018" in `zone`. */
export function formatDotDate(instant: Date, zone: string): string {
  const p = partsInZone(instant, zone);
  return `${pad(p.day)}.${pad(p.month)}.${p.year}`;
}

/** "19.08.2018, 09:18" in `zone`. */
export function formatDateTime(instant: Date, zone: string): string {
  return `${formatDotDate(instant, zone)}, ${formatClock(instant, zone)}`;
}

/** Minutes `zone` is ahead of UTC at `instant` (Moscow: 180; London: 0 or 60). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const p = partsInZone(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** "UTC+3", "UTC+0", "UTC+5:30". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${pad(m)}` : ""}`;
}

/** The UTC instant at which local midnight starts the given day in `zone`. */
export function startOfLocalDay(year: number, month: number, day: number, zone: string): Date {
  const wall = Date.UTC(year, month - 1, day);
  // Two passes settle the offset even when a change happens near midnight.
  let guess = wall - zoneOffsetMinutes(new Date(wall), zone) * 60_000;
  guess = wall - zoneOffsetMinutes(new Date(guess), zone) * 60_000;
  return new Date(guess);
}

/** [start, end) of a calendar month in `zone`, as UTC instants. */
export function monthRange(year: number, month: number, zone: string): { start: Date; end: Date } {
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return { start: startOfLocalDay(year, month, 1, zone), end: startOfLocalDay(next.y, next.m, 1, zone) };
}

/** [start, end) of a calendar year in `zone`, as UTC instants. */
export function yearRange(year: number, zone: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(year, 1, 1, zone), end: startOfLocalDay(year + 1, 1, 1, zone) };
}

/** "2026-08": the month an instant falls in, in `zone`. */
export function monthKey(instant: Date, zone: string): string {
  const p = partsInZone(instant, zone);
  return `${p.year}-${pad(p.month)}`;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? "";
}

/** Milliseconds from `now` until the next whole minute (clocks tick on it). */
export function msUntilNextMinute(now: number): number {
  return 60_000 - (((now % 60_000) + 60_000) % 60_000);
}
