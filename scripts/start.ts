// `npm start`: migrate, seed an empty database, build when needed, serve.
// A database problem is reported and the server still starts, so that
// /api/health and the pages can say what is wrong.
import { spawn } from "node:child_process";
import { bin, build, buildIsStale, databaseTarget, ensureSecret, generateClientIfNeeded, migrate, preflight, ROOT, say, serverEnv } from "./lib/prepare";
import { createClient } from "../lib/db/client";
import { seedIfEmpty } from "../prisma/seed/seed";

const port = Number(process.env.PORT ?? 3000);

async function prepareDatabase(): Promise<{ users: number } | null> {
  const target = databaseTarget();
  if ("error" in target) {
    say(`Database configuration problem: ${target.error}. Starting anyway; /api/health reports it.`);
    return null;
  }
  generateClientIfNeeded(target);
  say(target.provider === "sqlite" ? `Using the embedded SQLite database at ${target.file}` : "Using PostgreSQL from DATABASE_URL");
  const problem = await preflight(target);
  if (problem) {
    say(`Database problem: ${problem}. Starting anyway; /api/health reports it.`);
    return null;
  }
  if (!migrate()) {
    say("Could not apply migrations (see above). Starting anyway; /api/health reports the problem.");
    return null;
  }
  let client: Awaited<ReturnType<typeof createClient>>;
  try {
    client = await createClient(target);
  } catch (error) {
    say(`${(error as Error).message}. Starting anyway; /api/health reports it.`);
    return null;
  }
  try {
    const written = await seedIfEmpty(client);
    if (written > 0) say(`Seeded ${written} demo releases.`);
    return { users: await client.user.count() };
  } catch (error) {
    say(`Could not read the database: ${(error as Error).message.split("\n")[0]}`);
    return null;
  } finally {
    await client.$disconnect();
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.SITE_URL ??= `http://localhost:${port}`;
  process.env.NEXTAUTH_URL ??= process.env.SITE_URL;
  ensureSecret();
  const state = await prepareDatabase();
  if (process.env.PRESSROOM_SKIP_BUILD !== "1" && buildIsStale()) {
    say("Building the app (first start or changed sources; takes a minute or two)…");
    if (!build()) {
      say("The build failed; see the messages above.");
      process.exit(1);
    }
  }
  const server = spawn(bin("next"), ["start", "-p", String(port)], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"], env: serverEnv() });
  const url = process.env.SITE_URL;
  setTimeout(() => {
    if (state && state.users === 0) say(`Pressroom is at ${url}. No account exists yet: open ${url}/setup to create the first admin.`);
    else if (state) say(`Pressroom is at ${url}. Sign in to the newsroom at ${url}/login`);
    else say(`Pressroom is at ${url}, but the database is not ready: see ${url}/api/health`);
  }, 1500);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
