import type { SiteSettings } from "./get-settings";

// Dates on the site (today's date, dd.mm.yyyy, month archives) are those of
// the host city: the second clock.
export function siteZone(settings: SiteSettings): string {
  return settings.clocks[1].zone;
}
