import "server-only";
import Database from "better-sqlite3";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/client";
import { env } from "../env";
import { AppError } from "../errors";

// Searches on SQLite read through a connection of their own, as on PostgreSQL
// (engine-postgres.ts, searchPool). Through Prisma each of a search's
// statements was compiled by its query compiler, prepared anew by the driver
// adapter and queued behind the shared connection's lock: together about
// 1.8 ms of the server's processor for a search that SQLite answers in a
// tenth of that. Here each statement text is prepared once and kept. The
// connection is read-only (query_only), and being another connection it sees
// only committed rows, so a search never waits for an editor's transaction on
// the app's connection, nor reads what that transaction has not committed.

type Reader = { connection: Database.Database; statements: Map<string, Database.Statement> };

// The texts are the few shapes the filters make (and one per length of a
// page's id list); the bound only guards against a shape we did not foresee.
// The oldest text is dropped first, as the driver adapter's own statement
// cache does (patches/@prisma+adapter-better-sqlite3*).
const MAX_STATEMENTS = 200;

// One per server process, opened on the first search, like the app's client (../db.ts).
const holder = globalThis as unknown as { pressroomSearchReader?: Reader };

function reader(): Reader {
  const database = env().database;
  if ("error" in database) throw new AppError("UNAVAILABLE", database.error);
  if (database.provider !== "sqlite") throw new Error("The SQLite search reader was asked for on another database");
  if (!holder.pressroomSearchReader) {
    // fileMustExist: the app's own connection creates and migrates the file;
    // a search must not leave an empty database where a missing one was.
    const connection = new Database(database.file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
    connection.pragma("query_only = ON");
    holder.pressroomSearchReader = { connection, statements: new Map() };
  }
  return holder.pressroomSearchReader;
}

// The values as the Prisma adapter stores them (lib/db/client.ts: its default
// "iso8601" timestamps), so a time compares with the stored text correctly.
function toSqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** The rows of one read-only statement, built with Prisma.sql. */
export function readRows<T>(query: Prisma.Sql): T[] {
  const { connection, statements } = reader();
  let statement = statements.get(query.sql);
  if (!statement) {
    statement = connection.prepare(query.sql);
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
    statements.set(query.sql, statement);
  }
  return statement.all(...query.values.map(toSqliteValue)) as T[];
}
