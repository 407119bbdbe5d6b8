import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..", "..");

// Starts a second server from the existing build with a broken DATABASE_URL
// and returns once it answers HTTP, with everything it printed.
async function startWith(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<{ server: ChildProcess; output: () => string }> {
  let output = "";
  const server = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), SITE_URL: `http://localhost:${port}`, PRESSROOM_SKIP_BUILD: "1", ...extraEnv },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      await fetch(`http://localhost:${port}/api/health`);
      return { server, output: () => output };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`server did not answer: ${output}`);
}

function stop(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

test("a malformed DATABASE_URL: the server starts, says what is wrong, and health answers 503 with the reason", async () => {
  const { server, output } = await startWith("mysql://root@localhost/press", 3191);
  try {
    const response = await fetch("http://localhost:3191/api/health");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: "error",
      reason: "DATABASE_URL must be empty (embedded SQLite), file:<path> or postgresql://…",
    });
    expect(output()).toContain("Database configuration problem: DATABASE_URL must be empty");
  } finally {
    stop(server);
  }
});

test("an unreachable database: the server starts and health answers 503 instead of crashing", async () => {
  // /etc/hostname is a file, so no folder and no database can be made under it.
  const { server, output } = await startWith("file:/etc/hostname/pressroom/pressroom.db", 3192);
  try {
    const response = await fetch("http://localhost:3192/api/health");
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe("error");
    expect(body.reason).toMatch(/database/);
    expect(output()).toContain("Database problem: cannot create the SQLite database at /etc/hostname/pressroom/pressroom.db");
    // It keeps answering rather than exiting or looping.
    expect((await fetch("http://localhost:3192/api/health")).status).toBe(503);
  } finally {
    stop(server);
  }
});

test("a pending migration: health answers 503 and says to run npm run db:migrate", async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const Database = (await import("better-sqlite3")).default;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-pending-"));
  const file = path.join(dir, "pressroom.db");
  // A consistent copy: the running server's file is in write-ahead logging,
  // and a copy of the file alone could miss or tear its latest commits.
  const source = new Database(path.join(ROOT, "data", "e2e", "pressroom.db"), { readonly: true, fileMustExist: true });
  source.prepare("VACUUM INTO ?").run(file);
  source.close();
  // Forget that the migration ran, while its tables stay: migrate deploy then
  // fails on start, and the migration counts as pending.
  const sqlite = new Database(file);
  sqlite.prepare("DELETE FROM _prisma_migrations").run();
  sqlite.close();
  const { server } = await startWith(`file:${file}`, 3193);
  try {
    const response = await fetch("http://localhost:3193/api/health");
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body.status).toBe("error");
    expect(body.reason).toMatch(/^\d+ migration\(s\) pending: run npm run db:migrate$/);
  } finally {
    stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a mistyped PRESSROOM_SQLITE_JOURNAL: the server starts, says which values it takes, and health answers 503 with that", async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-journal-"));
  const { server, output } = await startWith(`file:${path.join(dir, "pressroom.db")}`, 3194, { PRESSROOM_SQLITE_JOURNAL: "wall" });
  try {
    const response = await fetch("http://localhost:3194/api/health");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", reason: "PRESSROOM_SQLITE_JOURNAL must be wal (the default) or delete" });
    await expect.poll(output).toContain("Configuration error: PRESSROOM_SQLITE_JOURNAL must be wal (the default) or delete. Starting anyway; /api/health reports it.");
  } finally {
    stop(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
