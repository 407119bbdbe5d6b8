import { PrismaClient } from "@/lib/generated/prisma/client";
import type { DatabaseTarget } from "./url";

// Builds a Prisma client over the driver adapter the target needs. Used by the
// server (through lib/server/db.ts) and by command-line scripts.
export async function createClient(target: DatabaseTarget): Promise<PrismaClient> {
  if (target.provider === "sqlite") {
    const fs = await import("node:fs");
    const path = await import("node:path");
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: target.url, timeout: 5000 }) });
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 3000, max: 10 }),
  });
}
