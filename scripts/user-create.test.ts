import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { ROOT } from "@/tests/support/test-database";
import { unique } from "@/tests/support/factories";

function userCreate(args: string[], input?: string) {
  return spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/user-create.ts", ...args], {
    cwd: ROOT,
    env: process.env,
    input: input ?? "",
    encoding: "utf8",
  });
}

describe("npm run user:create", () => {
  it("creates a user with the password from standard input", async () => {
    const email = `${unique("cli")}@embassy.example`;
    const result = userCreate(["--email", email, "--name", "Consul", "--role", "editor"], "a strong passphrase 7\n");
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(`Created editor ${email}`);
    expect(result.status).toBe(0);
    const client = await db();
    expect((await client.user.findUniqueOrThrow({ where: { email } })).role).toBe("EDITOR");
  });

  it("refuses a duplicate and a weak password with a message and a non-zero exit", () => {
    const email = `${unique("cli")}@embassy.example`;
    expect(userCreate(["--email", email, "--name", "A", "--role", "writer", "--password", "a strong passphrase 7"]).status).toBe(0);
    const duplicate = userCreate(["--email", email, "--name", "B", "--role", "writer", "--password", "a strong passphrase 7"]);
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain("already exists");
    const weak = userCreate(["--email", `${unique("w")}@x.example`, "--name", "C", "--role", "writer", "--password", "short"]);
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("at least 12 characters");
  });

  it("names the missing options", () => {
    const result = userCreate(["--email", "x@y.example"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("missing --name, --role");
  });
});
