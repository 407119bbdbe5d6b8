"use client";

import { useEffect, useState } from "react";
import { formatClock, formatLongDate, msUntilNextMinute } from "@/lib/time/zones";

export const CLOCK_PLACEHOLDER = "--:--";

type Props = { dateZone: string; serverDate: string; clocks: { label: string; zone: string }[] };

// The server renders a placeholder for the clocks (a cached page must not hold
// a stale time); the inline script fills them before paint and this component
// takes over after hydration, re-rendering on each whole minute.
export function LiveClocks({ dateZone, serverDate, clocks }: Props) {
  const [now, setNow] = useState<Date | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(new Date());
      timer = setTimeout(tick, msUntilNextMinute(Date.now()) + 50);
    };
    tick();
    return () => clearTimeout(timer);
  }, []);

  return (
    <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm">
      <time data-date-zone={dateZone} suppressHydrationWarning className="font-semibold" data-testid="today">
        {now ? formatLongDate(now, dateZone) : serverDate}
      </time>
      {clocks.map((clock) => (
        <span key={clock.zone + clock.label} data-testid="clock">
          {clock.label}:{" "}
          <time data-clock-zone={clock.zone} suppressHydrationWarning className="font-mono tabular-nums">
            {now ? formatClock(now, clock.zone) : CLOCK_PLACEHOLDER}
          </time>
        </span>
      ))}
    </p>
  );
}
