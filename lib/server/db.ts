import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createClient } from "@/lib/db/client";
import { env } from "./env";
import { AppError } from "./errors";

// One client per server process, created lazily so that a bad DATABASE_URL
// shows as an error on the pages that need it (and in /api/health) instead of
// crashing the server at start.
const globalForDb = globalThis as unknown as { pressroomDb?: Promise<PrismaClient> };

export function db(): Promise<PrismaClient> {
  const database = env().database;
  if ("error" in database) {
    return Promise.reject(new AppError("UNAVAILABLE", database.error));
  }
  globalForDb.pressroomDb ??= createClient(database).catch((error: unknown) => {
    globalForDb.pressroomDb = undefined;
    throw error;
  });
  return globalForDb.pressroomDb;
}

export function databaseProvider(): "sqlite" | "postgresql" | null {
  const database = env().database;
  return "error" in database ? null : database.provider;
}
