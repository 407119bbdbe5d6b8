import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { buildIsStale, preflight, recordBuild } from "./prepare";

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

describe("whether the production build must be redone", () => {
  it("is when it was made for another database, site address or proxy setting, since its pages hold their releases, links and headers", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "pressroom-build-"));
    try {
      const app = { DATABASE_URL: undefined, SITE_URL: "http://localhost:3000" };
      expect(buildIsStale(app, root), "no build at all").toBe(true);
      fs.mkdirSync(path.join(root, ".next"));
      fs.writeFileSync(path.join(root, ".next", "BUILD_ID"), "x");
      expect(buildIsStale(app, root), "a build nobody recorded (a bare `next build`)").toBe(true);
      recordBuild(app, root);
      expect(buildIsStale(app, root)).toBe(false);
      expect(buildIsStale({ ...app, DATABASE_URL: "file:./data/pressroom.db" }, root), "the default database, named").toBe(false);
      expect(buildIsStale({ ...app, DATABASE_URL: "file:./data/bench/bench.db" }, root), "the bench's database").toBe(true);
      expect(buildIsStale({ ...app, DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/pressroom" }, root)).toBe(true);
      expect(buildIsStale({ ...app, SITE_URL: "http://localhost:3206" }, root), "another address").toBe(true);
      expect(buildIsStale({ ...app, TRUST_PROXY: "true" }, root), "trusting a proxy's HTTPS").toBe(true);
      recordBuild({ ...app, DATABASE_URL: "file:./data/bench/bench.db" }, root);
      expect(buildIsStale(app, root), "after a bench's build").toBe(true);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
