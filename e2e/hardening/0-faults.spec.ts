// Named to run first in e2e/hardening: its own server serves the pages the build
// prerendered, and journeys that publish releases of their own must come after it.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { startDraft, typeBody } from "../newsroom/helpers";

// Faults, each on a server this file starts itself (ports 3700+) over its own
// copy of the end-to-end database, so nothing here disturbs the main server.

const ROOT = path.resolve(__dirname, "..", "..");
const SOURCE_DB = path.join(ROOT, "data", "e2e", "pressroom.db");
const PASSWORD = "a long e2e passphrase 42";

type Server = { process: ChildProcess; base: string; output: () => string };
const started = new Set<ChildProcess>();

// A consistent copy of the main end-to-end database, taken with VACUUM INTO.
function copyDatabase(): { file: string; url: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-faults-"));
  const file = path.join(dir, "pressroom.db");
  const source = new Database(SOURCE_DB, { readonly: true, fileMustExist: true });
  source.prepare("VACUUM INTO ?").run(file);
  source.close();
  return { file, url: `file:${file}`, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function createEditor(databaseUrl: string, extraEnv: Record<string, string> = {}): { email: string; password: string } {
  const email = `faults-${crypto.randomBytes(4).toString("hex")}@e2e.example`;
  execFileSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/user-create.ts", "--email", email, "--name", "Fault Editor", "--role", "editor", "--password", PASSWORD], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, ...extraEnv },
    stdio: "pipe",
  });
  return { email, password: PASSWORD };
}

// The production build, served by `npm start`'s script; returns once healthy.
async function startServer(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  let output = "";
  const base = `http://localhost:${port}`;
  // Whatever answers on the port is not the server this test is about to start
  // (a server left behind by an interrupted run would be measured instead).
  const before = await fetch(`${base}/api/health`).then((r) => r.status, () => 0);
  if (before !== 0) throw new Error(`port ${port} is taken (HTTP ${before} from ${base}/api/health): stop what is serving there, e.g. a server left by an interrupted run`);
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SITE_URL: base, NEXTAUTH_URL: base, PRESSROOM_SKIP_BUILD: "1", NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    const status = await fetch(`${base}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) return { process: child, base, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server did not become healthy: ${output}`);
}

async function stop(server: Server, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!server.process.pid || server.process.exitCode !== null || server.process.signalCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  process.kill(-server.process.pid, signal);
  await exited;
}

async function signIn(page: Page, base: string, user: { email: string; password: string }) {
  await page.goto(`${base}/login?callbackUrl=%2Fadmin`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${base}/admin`);
}

// One read through a read-only connection of its own, closed afterwards.
function readOnly<T>(file: string, read: (database: Database.Database) => T): T {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(database);
  } finally {
    database.close();
  }
}

const bodyOf = (file: string, id: string) => readOnly(file, (d) => (d.prepare("SELECT body FROM Release WHERE id = ?").get(id) as { body: string }).body);
const journalOf = (file: string) => readOnly(file, (d) => String(d.pragma("journal_mode", { simple: true })));

test.describe.configure({ mode: "serial" });

// A test that times out skips its own clean-up, and an interrupted run
// (Ctrl-C, a failed CI step) ends the worker without afterAll: either way no
// server this file started outlives it.
function killStarted(): void {
  for (const child of started) {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }
}
process.once("exit", killStarted);
test.afterAll(killStarted);

// In the rollback journal (PRESSROOM_SQLITE_JOURNAL=delete, for a database on
// a network filesystem) another process's exclusive lock stops reads as well
// as writes. In the default write-ahead logging no lock stops reads; the
// write-lock outage there is tests/hardening/db-outage.test.ts.
test("with the SQLite database locked, public pages serve their cached copies, saving fails clearly, the draft stays in the browser, and all recovers without a restart", async ({ browser }) => {
  test.setTimeout(480_000);
  const database = copyDatabase();
  const rollback = { PRESSROOM_SQLITE_JOURNAL: "delete" };
  const editor = createEditor(database.url, rollback);
  const server = await startServer(database.url, 3700, rollback);
  const pid = server.process.pid;
  let lock: Database.Database | null = null;
  try {
    expect(journalOf(database.file)).toBe("delete");
    const newest = readOnly(database.file, (d) => d.prepare("SELECT slug, title FROM Release WHERE status = 'PUBLISHED' ORDER BY publishAt DESC LIMIT 1").get() as { slug: string; title: string });
    const pages: [string, string][] = [["/", newest.title], ["/news", newest.title], [`/news/${newest.slug}`, newest.title]];
    const archive = /href="(\/news\/archive\/\d{4}\/\d{2})"/.exec(await (await fetch(`${server.base}/news`)).text())?.[1];
    expect(archive).toBeTruthy();
    pages.push([archive ?? "", newest.title]);
    const expectServed = async (which = pages) => {
      for (const [address, text] of which) {
        const response = await fetch(`${server.base}${address}`);
        expect(response.status, address).toBe(200);
        // The longest stretch of the title that HTML escaping leaves alone.
        const plain = text.split(/[&<>"']/).sort((a, b) => b.length - a.length)[0] ?? text;
        expect(await response.text(), address).toContain(plain);
      }
    };
    await expectServed(); // renders and caches them
    const warmedAt = Date.now();
    // A search, which reads the database on every request (and fetches the search page's frame).
    const word = newest.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? "";
    const search = `${server.base}/search?q=${encodeURIComponent(word)}`;
    const searched = await fetch(search);
    expect(searched.status).toBe(200);
    expect(await searched.text()).toMatch(/\d+ results?</);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.base, editor);
    const title = `Statement written through an outage ${Date.now()}`;
    const id = await startDraft(page, title, "Saved before the outage.", server.base);

    // The fault: another process holds an exclusive lock, so every query of
    // the server's open connection fails with "database is locked" (after the
    // busy timeout) until it lets go.
    lock = new Database(database.file);
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("BEGIN EXCLUSIVE");

    const health = await fetch(`${server.base}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "error", reason: expect.stringMatching(/database/) });
    await expectServed();
    // Search cannot answer, and says so in the site's frame.
    const failed = await fetch(search);
    expect(failed.status).toBe(503);
    const failedText = await failed.text();
    expect(failedText).toContain("Search is not available just now. Please try again in a minute.");
    expect(failedText).toContain('<header class="border-b');

    await typeBody(page, " Typed during the outage.");
    await expect(page.getByText(/Saving failed: .*Your text is kept in this browser and nothing is lost/)).toBeVisible({ timeout: 30_000 });
    const kept = await page.evaluate((key) => window.localStorage.getItem(key), `pressroom:release:${id}`);
    expect(kept).toContain("Typed during the outage.");
    // Read through the lock holder, the only connection that can read now.
    expect((lock.prepare("SELECT body FROM Release WHERE id = ?").get(id) as { body: string }).body).not.toContain("Typed during the outage.");

    // The editor is closed (its copy stays in this browser's storage), so its
    // heartbeats stop adding blocked queries.
    await page.close();

    // Past the pages' 30 s revalidation time, a visit asks for a fresh copy,
    // which cannot be made; readers keep getting the cached one, twice over.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, warmedAt + 31_000 - Date.now())));
    const home = pages[0];
    const article = pages[2];
    if (!home || !article) throw new Error("no pages to check");
    await expectServed([home, article]);
    await expectServed([home, article]);

    // The database comes back; the same server process recovers by itself.
    lock.close();
    lock = null;
    await expect.poll(async () => (await fetch(`${server.base}/api/health`)).status).toBe(200);
    const again = await context.newPage();
    await again.goto(`${server.base}/admin/releases/${id}`);
    await expect(again.getByText("Restore unsaved changes?")).toBeVisible();
    await again.getByRole("button", { name: "Restore unsaved changes" }).click();
    await expect(again.getByRole("textbox", { name: "Body", exact: true })).toContainText("Typed during the outage.");
    await again.getByRole("button", { name: "Save", exact: true }).click();
    await expect(again.getByText(/Saved at .* \(version \d+\)/)).toBeVisible();
    expect(bodyOf(database.file, id)).toContain("Typed during the outage.");
    await expectServed();
    expect((await fetch(search)).status).toBe(200);
    expect(server.process.exitCode).toBeNull();
    expect(server.process.pid).toBe(pid);
    await context.close();
  } finally {
    lock?.close();
    await stop(server);
    database.remove();
  }
});

type Captured = { url: string; headers: Record<string, string> };

test("a server killed with SIGKILL in the middle of many large saves leaves every release at one whole version", async ({ browser }) => {
  test.setTimeout(300_000);
  const database = copyDatabase();
  const editor = createEditor(database.url);
  let server = await startServer(database.url, 3701);
  try {
    // The default journal: the crash is survived by write-ahead logging.
    expect(journalOf(database.file)).toBe("wal");
    // Sign in and make the drafts in the browser, keeping the editor's own
    // save request so it can be sent many times at once, as a client would.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, server.base, editor);
    let captured: Captured | null = null;
    page.on("request", (request) => {
      if (request.method() !== "POST" || !request.headers()["next-action"]) return;
      let args: unknown;
      try {
        args = JSON.parse(request.postData() ?? "");
      } catch {
        return;
      }
      // saveReleaseAction(id, version, content)
      if (Array.isArray(args) && args.length === 3 && typeof args[1] === "number") captured = { url: request.url(), headers: request.headers() };
    });
    const drafts: { id: string; title: string; categoryId: string; authorId: string }[] = [];
    for (let n = 0; n < 6; n++) {
      const title = `Release saved while the server dies ${n} ${Date.now()}`;
      const id = await startDraft(page, title, `First body ${n}.`, server.base);
      await page.getByRole("button", { name: "Save", exact: true }).click();
      await expect(page.getByText(/Saved at .* \(version [2-9]\)/)).toBeVisible();
      const row = readOnly(database.file, (d) => d.prepare("SELECT categoryId, authorId FROM Release WHERE id = ?").get(id) as { categoryId: string; authorId: string });
      drafts.push({ id, title, ...row });
    }
    expect(captured).not.toBeNull();
    const save = captured as unknown as Captured;
    const cookie = (await context.cookies(server.base)).map((c) => `${c.name}=${c.value}`).join("; ");
    await context.close();

    const sent = new Set<string>();
    for (let round = 1; round <= 3; round++) {
      let completed = 0;
      let inFlight = 0;
      let killed = false;
      const versions = readOnly(database.file, (d) => new Map(drafts.map((draft) => [draft.id, (d.prepare("SELECT version FROM Release WHERE id = ?").get(draft.id) as { version: number }).version])));
      const headers = { ...save.headers, cookie, origin: server.base };
      delete (headers as Record<string, string>)["content-length"];
      const writer = async (d: (typeof drafts)[number], lane: number) => {
        for (let n = 0; !killed; n++) {
          // About 300 kB, different in every save, so a torn write would show.
          const stamp = `round ${round} lane ${lane} save ${n} ${crypto.randomBytes(6).toString("hex")}`;
          const body = `<p>${stamp}</p><p>${stamp.replace(/ /g, "-").repeat(7000)}</p>`;
          sent.add(body);
          const content = { title: d.title, slug: "", categoryId: d.categoryId, authorId: d.authorId, summary: `Summary of ${stamp}`, body, question: "", featured: false, changeSlug: false };
          inFlight++;
          try {
            const response = await fetch(save.url, { method: "POST", headers, body: JSON.stringify([d.id, versions.get(d.id), content]) });
            const text = await response.text();
            const version = /"ok":true[^\n]*?"version":(\d+)/.exec(text)?.[1];
            if (version) {
              versions.set(d.id, Number(version));
              completed++;
            } else if (!killed) throw new Error(`a save was refused: ${response.status} ${text.slice(0, 300)}`);
          } catch (error) {
            if (!killed) throw error;
          } finally {
            inFlight--;
          }
        }
      };
      const lanes = drafts.map((d, lane) => writer(d, lane));
      await expect.poll(() => completed, { timeout: 120_000 }).toBeGreaterThanOrEqual(12);
      const outstanding = inFlight;
      killed = true;
      await stop(server, "SIGKILL");
      await Promise.all(lanes);
      expect(outstanding).toBeGreaterThan(0);

      // Opening the file read-write lets SQLite recover from its write-ahead
      // log, leaving out the transaction that was never committed, as the
      // next server start would.
      const check = new Database(database.file);
      try {
        expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
        const releases = check.prepare("SELECT id, version, title, summary, body FROM Release").all() as { id: string; version: number; title: string; summary: string; body: string }[];
        for (const release of releases) {
          const revisions = check.prepare("SELECT version, title, summary, body FROM Revision WHERE releaseId = ? ORDER BY version").all(release.id) as { version: number; title: string; summary: string; body: string }[];
          expect(revisions.map((r) => r.version), release.id).toEqual(Array.from({ length: release.version }, (_, i) => i + 1));
          const current = revisions.at(-1);
          expect({ title: current?.title, summary: current?.summary, body: current?.body }, release.id).toEqual({ title: release.title, summary: release.summary, body: release.body });
        }
        for (const d of drafts) {
          const release = releases.find((r) => r.id === d.id);
          expect(release).toBeDefined();
          if ((release?.version ?? 0) > 2) expect(sent.has(release?.body ?? "")).toBe(true);
          const audits = check.prepare("SELECT COUNT(*) AS n FROM AuditEvent WHERE targetId = ? AND action IN ('release.create', 'release.save')").get(d.id) as { n: number };
          expect(audits.n, `audit events of ${d.id}`).toBe(release?.version);
        }
      } finally {
        check.close();
      }
      server = await startServer(database.url, 3701);
    }
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
  } finally {
    await stop(server);
    database.remove();
  }
});
