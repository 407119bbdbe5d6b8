import Link from "next/link";
import type { SiteSettings } from "@/lib/server/settings/get-settings";
import { formatLongDate } from "@/lib/time/zones";
import { CLOCK_SCRIPT } from "./clock-script";
import { LiveClocks } from "./live-clocks";
import { siteZone } from "@/lib/server/settings/site-zone";

// `nonce`: only where the page is rendered per request under a strict CSP (the
// newsroom's preview); the cached public pages carry none and need none.
export function Masthead({ settings, nonce }: { settings: SiteSettings; nonce?: string }) {
  const zone = siteZone(settings);
  const telHref = `tel:${settings.consularPhone.replace(/\(0\)/g, "").replace(/[^\d+]/g, "")}`;
  return (
    <header className="border-b border-rule bg-wash print:bg-transparent">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <Link href="/" className="font-serif text-2xl font-bold text-ink no-underline hover:underline">
            {settings.siteName}
          </Link>
          <p className="text-sm text-muted">{settings.siteDescription}</p>
        </div>
        <div className="flex flex-col gap-1 sm:items-end print:hidden">
          <LiveClocks dateZone={zone} serverDate={formatLongDate(new Date(), zone)} clocks={settings.clocks} />
          <script nonce={nonce} dangerouslySetInnerHTML={{ __html: CLOCK_SCRIPT }} />
          <p className="text-sm">
            <span className="text-muted">Consular queries: </span>
            <a className="text-accent underline" href={telHref}>
              {settings.consularPhone}
            </a>
            {" · "}
            <a className="text-accent underline" href={`mailto:${settings.consularEmail}`}>
              {settings.consularEmail}
            </a>
          </p>
        </div>
      </div>
      <nav aria-label="Site" className="mx-auto max-w-5xl px-4 pb-3 text-sm print:hidden">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link className="text-accent underline" href="/">
              Home
            </Link>
          </li>
          <li>
            <Link className="text-accent underline" href="/news">
              All messages
            </Link>
          </li>
          <li>
            {/* A plain link: /search is a route handler, not a page the client router can prefetch. */}
            <a className="text-accent underline" href="/search">
              Search
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
