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
  globalForDb.pressroomDb ??= createClient(database).then(refusingNul).catch((error: unknown) => {
    globalForDb.pressroomDb = undefined;
    throw error;
  });
  return globalForDb.pressroomDb;
}

export const NUL_REFUSED = "The text contains an invisible NUL character, which cannot be saved. Remove it and try again.";

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 8 || value === null || typeof value !== "object" || value instanceof Date) return false;
  return Object.values(value).some((v) => hasNul(v, depth + 1));
}

// PostgreSQL cannot store U+0000 in text and fails the whole query; SQLite
// would store it. Refusing it before any query, for every model, makes both
// providers answer the same words instead of one crashing.
function refusingNul(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          if (hasNul(args)) throw new AppError("INVALID", NUL_REFUSED);
          return query(args);
        },
      },
    },
  }) as unknown as PrismaClient;
}

export function databaseProvider(): "sqlite" | "postgresql" | null {
  const database = env().database;
  return "error" in database ? null : database.provider;
}
