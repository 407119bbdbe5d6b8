import path from "node:path";

// Pure: decides which database DATABASE_URL names. Shared by prisma.config.ts,
// the command-line scripts and the server, so all three agree.

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export const DEFAULT_SQLITE_FILE = "data/pressroom.db";

export class DatabaseUrlError extends Error {}

export function resolveDatabaseUrl(raw: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const value = (raw ?? "").trim();
  if (value === "") {
    const file = path.resolve(cwd, DEFAULT_SQLITE_FILE);
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (value.startsWith("file:")) {
    const rest = value.slice("file:".length);
    if (rest === "") throw new DatabaseUrlError("DATABASE_URL 'file:' names no file");
    const file = path.resolve(cwd, rest);
    return { provider: "sqlite", url: `file:${file}`, file };
  }
  if (/^postgres(ql)?:\/\//.test(value)) {
    try {
      const parsed = new URL(value);
      if (!parsed.hostname && !parsed.searchParams.get("host")) throw new Error("no host");
    } catch {
      throw new DatabaseUrlError("DATABASE_URL is not a valid postgresql:// address");
    }
    return { provider: "postgresql", url: value };
  }
  throw new DatabaseUrlError(
    "DATABASE_URL must be empty (embedded SQLite), file:<path> or postgresql://…",
  );
}
