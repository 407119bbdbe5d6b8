import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type RecordedQuery = { query: string; params: string };

// A Prisma client that records every SQL statement it sends, installed as the
// data layer's client (lib/server/db.ts keeps it on globalThis.pressroomDb),
// so calling a data-layer function shows exactly which queries it issues.
export async function installQueryCounter() {
  const url = process.env.DATABASE_URL ?? "";
  const adapter = url.startsWith("file:") ? new PrismaBetterSQLite3({ url }) : new PrismaPg({ connectionString: url });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const queries: RecordedQuery[] = [];
  client.$on("query", (event) => queries.push({ query: event.query, params: event.params }));
  const holder = globalThis as unknown as { pressroomDb?: Promise<PrismaClient> };
  const previous = holder.pressroomDb;
  holder.pressroomDb = Promise.resolve(client);
  return {
    client,
    queries,
    // Statements issued while `work` runs (transaction control excluded).
    async count<T>(work: () => Promise<T>): Promise<{ result: T; statements: RecordedQuery[] }> {
      const start = queries.length;
      const result = await work();
      const statements = queries.slice(start).filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(q.query.trim()));
      return { result, statements };
    },
    async uninstall() {
      holder.pressroomDb = previous;
      await client.$disconnect();
    },
  };
}
