import { describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { preflight } from "./prepare";

describe("the start-up database check", () => {
  it("names an SQLite file that cannot be created", async () => {
    expect(await preflight(resolveDatabaseUrl("file:/etc/hostname/x/press.db"))).toBe("cannot create the SQLite database at /etc/hostname/x/press.db (ENOTDIR)");
  });

  it("names a PostgreSQL server that does not answer, within seconds", async () => {
    const problem = await preflight(resolveDatabaseUrl("postgresql://postgres@127.0.0.1:9/none"));
    expect(problem).toMatch(/^cannot reach PostgreSQL \(.*ECONNREFUSED/);
  });

  it("passes the database the tests run on", async () => {
    expect(await preflight(resolveDatabaseUrl(process.env.DATABASE_URL))).toBeNull();
  });
});
