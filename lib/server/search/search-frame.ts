import "server-only";
import { CLOCK_SCRIPT, CLOCK_TICK_SCRIPT } from "@/components/public/clock-script";
import { internalOrigin } from "../internal-origin";

// The search page's frame: the document around its <main> — head, styles,
// masthead with date, clocks and consular contacts, footer — taken from the
// cached page /search/frame, which the public layout renders like any other
// public page. The search route (app/(public)/search/route.ts) writes its
// form and results into it, so the search page looks exactly like the rest of
// the site without paying for a page render per search.
//
// The frame leaves out Next.js's scripts: its React tree holds the frame
// page's empty search, not this search's results, and hydrating it would
// bring nothing a search page needs. The search page is plain HTML, with
// plain links; the clocks keep ticking by the inline script alone.

export const FRAME_PATH = "/search/frame";
const MAIN_OPEN = '<main id="main"';
const TTL_MS = 5_000;

export type Frame = { head: string; title: string; before: string; after: string };

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/g;
const TITLE = /<title>[^<]*<\/title>/;

/** Cuts the frame page's HTML around the inside of its <main>, without Next.js's scripts. */
export function parseFrame(html: string): Frame {
  let clock = false;
  const plain = html
    .replace(SCRIPT, (_tag, body: string) => {
      if (body !== CLOCK_SCRIPT) return "";
      clock = true;
      return `<script>${CLOCK_TICK_SCRIPT}</script>`;
    })
    .replace(SCRIPT_PRELOAD, "");
  const open = plain.indexOf(MAIN_OPEN);
  const openEnd = open < 0 ? -1 : plain.indexOf(">", open);
  const close = plain.lastIndexOf("</main>");
  const title = TITLE.exec(plain);
  if (openEnd < 0 || close < openEnd || !title || !clock) {
    throw new Error(`The search frame (${FRAME_PATH}) lacks its ${openEnd < 0 || close < openEnd ? "<main>" : !title ? "<title>" : "clock script"}`);
  }
  const before = plain.slice(0, openEnd + 1);
  return {
    head: before.slice(0, title.index),
    title: title[0].slice("<title>".length, -"</title>".length),
    before: before.slice(title.index + title[0].length),
    after: plain.slice(close),
  };
}

/** The whole search page: `main` (HTML) inside the frame, under `title` (HTML-escaped already). */
export function composePage(frame: Frame, title: string, main: string): string {
  return `${frame.head}<title>${title}</title>${frame.before}${main}${frame.after}`;
}

let cached: { at: number; frame: Frame } | undefined;
let pending: Promise<Frame> | undefined;

async function load(): Promise<Frame> {
  const response = await fetch(`${internalOrigin()}${FRAME_PATH}`, { cache: "no-store", signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`The search frame (${FRAME_PATH}) answered ${response.status}`);
  const frame = parseFrame(await response.text());
  cached = { at: Date.now(), frame };
  return frame;
}

/**
 * The frame, fetched from this server again when it is more than a few
 * seconds old (the page itself is cached and refreshed with the rest of the
 * public site). A search does not wait for that: it uses the frame it has
 * while the next one is fetched, and keeps it if the fetch fails. Only the
 * first search after the server starts waits, and with no frame it throws.
 */
export async function searchFrame(): Promise<Frame> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.frame;
  pending ??= load().finally(() => {
    pending = undefined;
  });
  if (!cached) return pending;
  pending.catch(() => undefined);
  return cached.frame;
}
