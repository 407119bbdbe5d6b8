// "Publishes 19 Aug 2026, 09:00 Moscow / 07:00 London": the confirmation an
// editor reads before scheduling, in both clock zones from Settings.
export type ClockZone = { label: string; zone: string };

function datePart(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, day: "numeric", month: "short", year: "numeric" }).format(instant);
}

function timePart(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

export function scheduleLabel(instant: Date, clocks: readonly ClockZone[], verb = "Publishes"): string {
  const first = clocks[0];
  if (!first) return `${verb} ${instant.toISOString()}`;
  const firstDate = datePart(instant, first.zone);
  const parts = clocks.map((clock, index) => {
    const date = datePart(instant, clock.zone);
    const time = `${timePart(instant, clock.zone)} ${clock.label}`;
    // The date is said once unless a zone is already on another day.
    return index > 0 && date !== firstDate ? `${date}, ${time}` : time;
  });
  return `${verb} ${firstDate}, ${parts.join(" / ")}`;
}

// Reads a "YYYY-MM-DDTHH:mm" wall-clock time in an IANA zone as a UTC instant.
export function zonedWallTimeToUtc(local: string, zone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!match) return null;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // A wall time that does not exist on the calendar (30 February, 25:00) is no time at all.
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== h || check.getUTCMinutes() !== mi) return null;
  // Two passes settle the zone offset, including around a DST change.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) guess = asUtc - offsetMs(new Date(guess), zone);
  return new Date(guess);
}

function offsetMs(instant: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}
