// What the bench and the load test share: a throw-away database seeded by
// bulk inserts, editors with passwords, a production build for the right
// provider, and a `next start` on the chosen port; `close` undoes it all.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createThrowawayPostgres } from "../../lib/db/throwaway-postgres";
import { resolveDatabaseUrl, type DatabaseTarget } from "../../lib/db/url";
import { bin, build, buildIsStale, ROOT, run, say } from "../lib/prepare";
import { draftId, seedBench } from "./seed";
import { startServer, stopServer, waitForHealth } from "./server";
import type { Editor } from "./editors";
import { signIn } from "./newsroom";

export const EDITOR_PASSWORD = "bench editor passphrase 2026";

export type Bench = {
  target: DatabaseTarget;
  base: string;
  serverPid: number | undefined;
  seedSeconds: number;
  signInEditors: () => Promise<Editor[]>;
  close: () => Promise<void>;
};

type Options = { database?: string; count: number; port: number; editors: number; name: string; beforeStart?: () => void };

// A fresh SQLite file under data/<name>/, or a new database on the given server.
async function createDatabase(database: string | undefined, name: string): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (!database) {
    const file = path.join(ROOT, "data", name, `${name}.db`);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return { target: resolveDatabaseUrl(`file:${file}`), drop: async () => undefined };
  }
  const { url, drop } = await createThrowawayPostgres(database, `pressroom_${name.replace(/\W/g, "_")}`);
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

export async function prepareBench(options: Options): Promise<Bench> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const base = `http://localhost:${options.port}`;
  const { target, drop } = await createDatabase(options.database, options.name);
  process.env.DATABASE_URL = target.url;
  let switched = false;
  let server: ReturnType<typeof startServer> | undefined;
  const close = async () => {
    if (server) stopServer(server);
    await drop();
    if (switched && target.provider !== "sqlite") {
      // Leave the tree as `npm start` expects it: an SQLite client, and a build to redo.
      process.env.DATABASE_URL = "";
      generateClientFor("sqlite");
      fs.rmSync(path.join(ROOT, ".next", "BUILD_ID"), { force: true });
    }
  };
  try {
    switched = generateClientFor(target.provider);
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(options.port), SITE_URL: base, NEXTAUTH_URL: base, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url") };
    execFileSync(bin("prisma"), ["migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
    const started = Date.now();
    await seedBench(target, options.count, options.editors);
    const seedSeconds = (Date.now() - started) / 1000;
    say(`Seeded ${options.count} releases on ${target.provider} in ${seedSeconds.toFixed(1)} s`);
    for (let i = 0; i < options.editors; i++) {
      execFileSync(bin("tsx"), ["--conditions=react-server", "scripts/user-create.ts", "--email", `editor${i}@bench.example`, "--name", `Bench editor ${i}`, "--role", "editor", "--password", EDITOR_PASSWORD], { cwd: ROOT, env, stdio: "pipe" });
    }
    if (switched || buildIsStale(env)) {
      say("Building the app…");
      if (!build(env)) throw new Error("next build failed");
    }
    options.beforeStart?.();
    server = startServer(options.port, env);
    await waitForHealth(base);
    const signInEditors = async () => {
      const editors: Editor[] = [];
      for (let i = 0; i < options.editors; i++) editors.push({ cookie: await signIn(base, `editor${i}@bench.example`, EDITOR_PASSWORD), releaseId: draftId(i) });
      return editors;
    };
    return { target, base, serverPid: server.pid, seedSeconds, signInEditors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
