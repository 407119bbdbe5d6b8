import { describe, expect, it } from "vitest";
import { DatabaseUrlError, resolveDatabaseUrl } from "./url";

describe("resolveDatabaseUrl", () => {
  it("uses an SQLite file under data/ when DATABASE_URL is unset", () => {
    expect(resolveDatabaseUrl(undefined, "/srv/app")).toEqual({ provider: "sqlite", url: "file:/srv/app/data/pressroom.db", file: "/srv/app/data/pressroom.db" });
    expect(resolveDatabaseUrl("  ", "/srv/app").provider).toBe("sqlite");
  });

  it("resolves a relative file: URL against the working directory", () => {
    expect(resolveDatabaseUrl("file:./x/y.db", "/srv/app")).toMatchObject({ provider: "sqlite", file: "/srv/app/x/y.db" });
  });

  it("chooses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(resolveDatabaseUrl("postgresql://u@db.internal:5432/press").provider).toBe("postgresql");
    expect(resolveDatabaseUrl("postgres://u@db.internal/press").provider).toBe("postgresql");
  });

  it("refuses anything else with a message naming the accepted forms", () => {
    expect(() => resolveDatabaseUrl("mysql://root@localhost/x")).toThrow(DatabaseUrlError);
    expect(() => resolveDatabaseUrl("mysql://root@localhost/x")).toThrow(/postgresql:\/\//);
    expect(() => resolveDatabaseUrl("postgresql://")).toThrow(/not a valid/);
    expect(() => resolveDatabaseUrl("file:")).toThrow(/names no file/);
  });
});
