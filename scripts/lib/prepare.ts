import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl, type DatabaseTarget } from "../../lib/db/url";

export const ROOT = path.resolve(__dirname, "..", "..");

export function say(line: string): void {
  process.stdout.write(`[pressroom] ${line}\n`);
}

// The database the environment names, or the reason it names none.
export function databaseTarget(): DatabaseTarget | { error: string } {
  try {
    return resolveDatabaseUrl(process.env.DATABASE_URL, ROOT);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

// NEXTAUTH_SECRET from the environment, else one generated once into data/.
export function ensureSecret(): void {
  if (process.env.NEXTAUTH_SECRET) return;
  const file = path.join(ROOT, "data", "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
  return result.status === 0;
}

export function bin(name: string): string {
  return path.join(ROOT, "node_modules", ".bin", name);
}

// Applies pending migrations; on failure says why and returns false.
export function migrate(): boolean {
  return run(bin("prisma"), ["migrate", "deploy"]);
}

// The Prisma client must match the provider DATABASE_URL names.
export function generateClientIfNeeded(target: DatabaseTarget): void {
  const marker = path.join(ROOT, "lib", "generated", "prisma", ".provider");
  const current = fs.existsSync(marker) ? fs.readFileSync(marker, "utf8") : "";
  if (current === target.provider) return;
  if (run(bin("prisma"), ["generate"])) fs.writeFileSync(marker, target.provider);
}

const SOURCE_DIRS = ["app", "components", "lib", "prisma/schema.prisma", "next.config.js", "package.json", "postcss.config.mjs", "proxy.ts", "patches"];

function newestMtime(entry: string, root: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(full)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child), root));
  }
  return newest;
}

type BuildEnv = { DATABASE_URL?: string; SITE_URL?: string; [name: string]: string | undefined };

// What a build's prerendered pages were made from besides the sources: the
// releases of the database it was built against, and the site's address
// (feeds and sitemaps carry it). A build made after `npm run bench` holds the
// bench's 100,000 releases, so `npm start` on the real database would first
// serve those until each page was regenerated. The address and TRUST_PROXY
// also choose the headers next.config.js gives /search (HTTPS or not).
function buildInputs(env: BuildEnv, root: string): string {
  let database = env.DATABASE_URL ?? "";
  try {
    database = resolveDatabaseUrl(env.DATABASE_URL, root).url;
  } catch {
    // an unusable address: compared as written
  }
  return crypto.createHash("sha256").update(JSON.stringify([database, env.SITE_URL ?? "", env.TRUST_PROXY ?? ""])).digest("hex");
}

const inputsFile = (root: string) => path.join(root, ".next", "pressroom-build-inputs");

// True when there is no production build, a source file is newer than it, or
// it was built for another database or site address.
export function buildIsStale(env: BuildEnv = process.env, root: string = ROOT): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  if (SOURCE_DIRS.some((entry) => newestMtime(entry, root) > built)) return true;
  const inputs = inputsFile(root);
  return !fs.existsSync(inputs) || fs.readFileSync(inputs, "utf8") !== buildInputs(env, root);
}

// `next build` for this environment, remembered for buildIsStale.
export function build(env: NodeJS.ProcessEnv = process.env): boolean {
  fs.rmSync(inputsFile(ROOT), { force: true });
  if (!run(bin("next"), ["build"], env)) return false;
  recordBuild(env);
  return true;
}

export function recordBuild(env: BuildEnv, root: string = ROOT): void {
  fs.writeFileSync(inputsFile(root), buildInputs(env, root));
}

// A quick look before migrating: can the SQLite file be created, does the
// PostgreSQL server answer? Returns the problem in one line, or null. Without
// it a dead database makes `prisma migrate deploy` wait for a long time.
export async function preflight(target: DatabaseTarget): Promise<string | null> {
  if (target.provider === "sqlite") {
    try {
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      fs.accessSync(path.dirname(target.file), fs.constants.W_OK);
      return null;
    } catch (error) {
      return `cannot create the SQLite database at ${target.file} (${(error as NodeJS.ErrnoException).code ?? "error"})`;
    }
  }
  const { Client } = await import("pg");
  const client = new Client({ connectionString: target.url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `cannot reach PostgreSQL (${(error as Error).message.split("\n")[0]})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// How the production server's V8 heap is sized (npm start, the bench and the
// load test all serve with it). By default Node lets the heap of a machine
// with much memory grow to gigabytes before collecting: the server's live data
// is about 60 MB, yet under load it held 250 MB of heap and 450 MB in all. A
// 256 MB old generation keeps it near 300 MB; the 32 MB young generation keeps
// throughput where it was (a smaller one costs about a tenth of the requests
// per second in extra collections). PRESSROOM_NODE_OPTIONS replaces these.
export const SERVER_NODE_OPTIONS = "--max-old-space-size=256 --max-semi-space-size=32";

export function serverEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const heap = env.PRESSROOM_NODE_OPTIONS ?? SERVER_NODE_OPTIONS;
  return { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, heap].filter(Boolean).join(" ") };
}
