import { CLOCK_FORMAT, LONG_DATE_FORMAT } from "@/lib/time/zones";

// Sets the masthead's date and clocks from the reader's own clock.
const FILL = `var n=new Date();var c=${JSON.stringify(CLOCK_FORMAT)};var d=${JSON.stringify(LONG_DATE_FORMAT)};
document.querySelectorAll("[data-clock-zone]").forEach(function(e){c.timeZone=e.getAttribute("data-clock-zone");e.textContent=new Intl.DateTimeFormat("en-GB",c).format(n)});
document.querySelectorAll("[data-date-zone]").forEach(function(e){d.timeZone=e.getAttribute("data-date-zone");e.textContent=new Intl.DateTimeFormat("en-GB",d).format(n)});
document.documentElement.setAttribute("data-clocks","live")`;

// Runs inline, right after the masthead's clocks are parsed and before first
// paint, so a cached page never shows the time it was rendered at. React then
// hydrates the same text (components/public/live-clocks.tsx) and keeps it ticking.
export const CLOCK_SCRIPT = `(function(){try{${FILL}}catch(x){}})();`;

// For a page without React (the search page, app/(public)/search/route.ts):
// the same, again on each whole minute, as LiveClocks does after hydration.
export const CLOCK_TICK_SCRIPT = `(function t(){try{${FILL}}catch(x){}setTimeout(t,60050-Date.now()%60000)})();`;
