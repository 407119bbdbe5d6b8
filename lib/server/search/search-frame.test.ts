import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CLOCK_SCRIPT, CLOCK_TICK_SCRIPT } from "@/components/public/clock-script";
import { composePage, FRAME_PATH, parseFrame } from "./search-frame";

// A page as `next build` writes it: stylesheets, script preloads, the runtime's
// scripts, the React payload, the masthead's clock script and a <main>.
function framePage(siteName = "Embassy Press Office"): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>` +
    `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
    `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>` +
    `<script src="/_next/static/chunks/c.js" async=""></script>` +
    `<title>Search — ${siteName}</title><meta name="robots" content="noindex"/></head>` +
    `<body><header><a href="/">${siteName}</a><time data-clock-zone="Europe/London">--:--</time><script>${CLOCK_SCRIPT}</script></header>` +
    `<main id="main" class="mx-auto"><h1>Search</h1><form role="search"></form></main>` +
    `<footer>Consular queries</footer>` +
    `<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"<main>"])</script></body></html>`
  );
}

describe("the search page's frame", () => {
  it("keeps the head, styles, masthead and footer, and puts the search inside <main>", () => {
    const page = composePage(parseFrame(framePage()), "“visa” — Search", "<h1>Search</h1><p>2 results</p>");
    expect(page).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(page).toContain("<title>“visa” — Search</title>");
    expect(page).toContain('<main id="main" class="mx-auto"><h1>Search</h1><p>2 results</p></main><footer>Consular queries</footer>');
    expect(page).toContain('<header><a href="/">Embassy Press Office</a>');
    expect(page.startsWith('<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>')).toBe(true);
    expect(page.endsWith("</body></html>")).toBe(true);
  });

  it("leaves out Next.js's scripts and keeps the clocks, ticking on their own", () => {
    const frame = parseFrame(framePage());
    const page = composePage(frame, frame.title, "");
    expect(frame.title).toBe("Search — Embassy Press Office");
    expect([...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])).toEqual([CLOCK_TICK_SCRIPT]);
    expect(page).not.toContain('as="script"');
    expect(page).not.toContain("__next_f");
  });

  it("refuses a page without what it needs, naming what is missing", () => {
    expect(() => parseFrame(framePage().replace('<main id="main"', "<div"))).toThrow(/lacks its <main>/);
    expect(() => parseFrame(framePage().replace(CLOCK_SCRIPT, "1"))).toThrow(/lacks its clock script/);
    expect(() => parseFrame(framePage().replace(/<title>.*<\/title>/, ""))).toThrow(/lacks its <title>/);
  });
});

// searchFrame() fetches the frame from this server over loopback: here a real
// HTTP server stands in for it on the port the app would listen on.
describe("fetching the frame", () => {
  let server: Server;
  let answer: { status: number; body: string };
  let requests: string[] = [];
  const savedPort = process.env.PORT;

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? "");
      res.writeHead(answer.status, { "content-type": "text/html" }).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.PORT = String((server.address() as AddressInfo).port);
  });
  afterAll(async () => {
    vi.useRealTimers();
    if (savedPort === undefined) delete process.env.PORT;
    else process.env.PORT = savedPort;
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-07T10:00:00Z"));
    requests = [];
    answer = { status: 200, body: framePage() };
  });
  const fresh = async () => (await import("./search-frame")).searchFrame;
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it("fetches it once, and again in the background when it is more than 5 s old", async () => {
    const searchFrame = await fresh();
    const [a, b] = await Promise.all([searchFrame(), searchFrame()]);
    expect(a.title).toBe("Search — Embassy Press Office");
    expect(b).toBe(a);
    expect(requests).toEqual([FRAME_PATH]);
    later(4_000);
    expect(await searchFrame()).toBe(a);
    expect(requests).toHaveLength(1);

    // The site's name changed: the next search still gets the frame it has, the one after the new one.
    answer.body = framePage("Embassy of Somewhere");
    later(2_000);
    expect((await searchFrame()).title).toBe("Search — Embassy Press Office");
    await settle();
    expect(requests).toHaveLength(2);
    expect((await searchFrame()).title).toBe("Search — Embassy of Somewhere");
  });

  it("keeps the frame it has when fetching a new one fails, and fails only with none", async () => {
    const searchFrame = await fresh();
    answer = { status: 500, body: "no" };
    await expect(searchFrame()).rejects.toThrow(/answered 500/);
    answer = { status: 200, body: "<html><body>no main here</body></html>" };
    await expect(searchFrame()).rejects.toThrow(/lacks its <main>/);

    answer = { status: 200, body: framePage() };
    const good = await searchFrame();
    answer = { status: 503, body: "down" };
    later(6_000);
    expect(await searchFrame()).toBe(good);
    await settle();
    expect(await searchFrame()).toBe(good);
    expect(requests.length).toBeGreaterThanOrEqual(4);
  });
});
