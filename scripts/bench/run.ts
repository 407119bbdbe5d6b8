// `npm run bench [-- --database postgresql://… --count N --duration S]`:
// seeds a throw-away database with 100,000 releases, builds when stale,
// serves on port 3206 and measures every page against a static file's rate.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createThrowawayPostgres } from "../../lib/db/throwaway-postgres";
import { resolveDatabaseUrl, type DatabaseTarget } from "../../lib/db/url";
import { bin, buildIsStale, ROOT, run, say } from "../lib/prepare";
import { checkBudgets, table } from "./budgets";
import { measure, missing, type Measurement } from "./load";
import { saveActionId, signIn } from "./newsroom";
import { RELEASE_SLUG_PREFIX, seedBench } from "./seed";
import { startServer, stopServer, treeRss, waitForHealth } from "./server";
import { COMMON_WORD, RARE_WORD } from "./text";

const { values } = parseArgs({
  options: { database: { type: "string" }, count: { type: "string", default: "100000" }, duration: { type: "string", default: "10" }, port: { type: "string", default: "3206" } },
});
const COUNT = Number(values.count);
const DURATION = Number(values.duration);
const PORT = Number(values.port);
const BASE = `http://localhost:${PORT}`;
const PASSWORD = "bench editor passphrase 2026";
const EDITORS = 4;
const BASELINE_FILE = path.join(ROOT, "public", "bench-baseline.html");
const RESULTS = path.join(ROOT, "bench", "results", "latest.json");

// A throw-away database: a fresh SQLite file, or a new database on the given server.
async function createDatabase(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (!values.database) {
    const file = path.join(ROOT, "data", "bench", "bench.db");
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return { target: resolveDatabaseUrl(`file:${file}`), drop: async () => undefined };
  }
  const { url, drop } = await createThrowawayPostgres(values.database, "pressroom_bench");
  return { target: resolveDatabaseUrl(url), drop };
}

// The Prisma client and the build must match the provider; returns true when it switched.
function generateClientFor(provider: string): boolean {
  const marker = path.join(ROOT, "lib", "generated", "prisma", ".provider");
  if (fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === provider) return false;
  if (!run(bin("prisma"), ["generate"])) throw new Error("prisma generate failed");
  fs.writeFileSync(marker, provider);
  return true;
}

async function main(): Promise<number> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const { target, drop } = await createDatabase();
  process.env.DATABASE_URL = target.url;
  const switched = generateClientFor(target.provider);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), SITE_URL: BASE, NEXTAUTH_URL: BASE, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url") };
  let server: ReturnType<typeof startServer> | undefined;
  try {
    execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
    const started = Date.now();
    await seedBench(target, COUNT);
    const seedSeconds = (Date.now() - started) / 1000;
    say(`Seeded ${COUNT} releases on ${target.provider} in ${seedSeconds.toFixed(1)} s`);
    for (let i = 0; i < EDITORS; i++) {
      execFileSync(bin("tsx"), ["--conditions=react-server", "scripts/user-create.ts", "--email", `editor${i}@bench.example`, "--name", `Bench editor ${i}`, "--role", "editor", "--password", PASSWORD], { cwd: ROOT, env, stdio: "pipe" });
    }
    if (switched || buildIsStale()) {
      say("Building the app…");
      if (!run(bin("next"), ["build"], env)) throw new Error("next build failed");
    }
    // A placeholder now (public/ is listed at start); its content is replaced
    // with a file of the release page's size before it is measured.
    fs.mkdirSync(path.dirname(BASELINE_FILE), { recursive: true });
    fs.writeFileSync(BASELINE_FILE, "<!doctype html><title>baseline</title>");
    server = startServer(PORT, env);
    await waitForHealth(BASE);
    const releasePath = `/news/${RELEASE_SLUG_PREFIX}${Math.floor(COUNT / 3)}`;
    const releaseResponse = await fetch(BASE + releasePath);
    const releaseSize = releaseResponse.ok ? (await releaseResponse.arrayBuffer()).byteLength : 40_000;
    fs.writeFileSync(BASELINE_FILE, `<!doctype html><html lang="en"><title>baseline</title><body><p>${"x".repeat(Math.max(0, releaseSize - 80))}</p></body></html>\n`);

    const loads: Array<{ name: string; path: string; connections: number }> = [
      { name: "home", path: "/", connections: 10 },
      { name: "release", path: releasePath, connections: 10 },
      { name: "archive page 1", path: "/news?page=1", connections: 10 },
      { name: "archive page 500", path: "/news?page=500", connections: 10 },
      { name: "category", path: "/news/category/press-releases", connections: 10 },
      { name: "search (common word)", path: `/search?q=${COMMON_WORD}`, connections: 4 },
      { name: "search (rare word)", path: `/search?q=${RARE_WORD}`, connections: 4 },
      { name: "feed", path: "/feed.xml", connections: 10 },
    ];
    const baseline = await measure(BASE, { name: "static baseline", path: "/bench-baseline.html", connections: 10, duration: DURATION });
    const results: Measurement[] = [];
    for (const load of loads) {
      const probe = await fetch(BASE + load.path);
      await probe.arrayBuffer();
      if (probe.status === 404) {
        results.push(missing(load.name, load.path, load.connections, "404: the route does not exist yet"));
        continue;
      }
      for (let i = 0; i < 10; i++) await (await fetch(BASE + load.path)).arrayBuffer(); // warm the cache
      results.push(await measure(BASE, { ...load, duration: DURATION }));
      say(`measured ${load.name}`);
    }
    results.push(await measureSave());
    const memory = server.pid ? treeRss(server.pid) : 0;
    const verdicts = checkBudgets(results, baseline, memory);
    process.stdout.write(`\n${table(results, baseline)}\n\n`);
    for (const v of verdicts) process.stdout.write(`${v.ok ? "ok  " : "FAIL"}  ${v.budget} — ${v.detail}\n`);
    const failed = verdicts.filter((v) => !v.ok);
    fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
    fs.writeFileSync(RESULTS, JSON.stringify({ date: new Date().toISOString(), database: target.provider, releases: COUNT, seedSeconds, durationSeconds: DURATION, baseline, results, memoryBytes: memory, budgets: verdicts, passed: failed.length === 0 }, null, 2));
    say(`Results written to ${path.relative(ROOT, RESULTS)}`);
    if (failed.length) say(`${failed.length} budget(s) missed: ${failed.map((v) => v.budget).join("; ")}`);
    return failed.length ? 1 : 0;
  } finally {
    if (server) stopServer(server);
    fs.rmSync(BASELINE_FILE, { force: true });
    await drop();
    if (switched && target.provider !== "sqlite") {
      // Leave the tree as `npm start` expects it: an SQLite client, and a build to redo.
      process.env.DATABASE_URL = "";
      generateClientFor("sqlite");
      fs.rmSync(path.join(ROOT, ".next", "BUILD_ID"), { force: true });
    }
  }
}

// Four editors, each saving their own release; every save names the version
// the previous one returned, as the editor does.
async function measureSave(): Promise<Measurement> {
  const name = "newsroom save";
  const actionId = saveActionId();
  if (!actionId) return missing(name, "/admin/releases/[id]", EDITORS, "no saveReleaseAction server action in this build");
  const cookies: string[] = [];
  for (let i = 0; i < EDITORS; i++) cookies.push(await signIn(BASE, `editor${i}@bench.example`, PASSWORD));
  let next = 0;
  const content = (i: number) => ({ title: `Bench save ${i}`, slug: "", categoryId: "benchcat0", authorId: "benchauthor0", summary: "Saved by the bench.", body: "<p>Saved by the bench.</p>", question: "", featured: false, publishAt: null, changeSlug: false });
  return measure(BASE, {
    name,
    path: "/admin/releases/bench0000011",
    connections: EDITORS,
    duration: DURATION,
    method: "POST",
    setupRequest: (context) => {
      if (context.editor === undefined) {
        context.editor = next++ % EDITORS;
        context.version = 1;
      }
      const editor = context.editor as number;
      const id = `bench${String(11 + editor).padStart(7, "0")}`;
      return {
        headers: { "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie: cookies[editor] ?? "" },
        body: JSON.stringify([id, context.version, content(editor)]),
      };
    },
    onResponse: (status, body, context) => {
      const match = /"ok":true[^}]*"version":(\d+)/.exec(body);
      if (status !== 200 || !match) return false;
      context.version = Number(match[1]);
      return true;
    },
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`The bench failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
