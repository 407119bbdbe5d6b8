import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseTarget } from "./url";

// How long a query waits for another process's lock on the SQLite file before
// it fails. better-sqlite3 waits synchronously, so the whole server process
// stands still meanwhile, cached pages included; at 5 s, the queries of an
// outage (heartbeats, a save, pages regenerating) queued behind one another
// and held it still for tens of seconds. The app's own writes never wait here
// (one connection), its search reader only while a commit is being written
// (the file uses SQLite's default rollback journal, in which a commit briefly
// locks out readers), and a script's write (a new user, a restore's check)
// takes milliseconds.
export const SQLITE_BUSY_TIMEOUT_MS = 1000;

// Builds a Prisma client over the driver adapter the target needs. Used by the
// server (through lib/server/db.ts) and by command-line scripts.
export async function createClient(target: DatabaseTarget): Promise<PrismaClient> {
  if (target.provider === "sqlite") {
    const fs = await import("node:fs");
    const path = await import("node:path");
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: target.url, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 3000, max: 10 }),
  });
}
