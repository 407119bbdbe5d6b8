import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { verifyPassword } from "@/lib/server/auth/password";
import { makeUser, unique } from "@/tests/support/factories";
import { createUser, createUserFromCli } from "./create-user";

describe("creating users", () => {
  it("stores an Argon2id hash, never the password, and audits the creation", async () => {
    const email = `${unique("press")}@embassy.example`;
    const user = await createUserFromCli({ email, name: "Press Officer", role: "writer", password: "a strong passphrase 7" });
    const client = await db();
    const row = await client.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.role).toBe("WRITER");
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain("passphrase");
    expect(await verifyPassword(row.passwordHash, "a strong passphrase 7")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "a strong passphrase 8")).toBe(false);
    const audit = await client.auditEvent.findFirst({ where: { targetId: user.id, action: "user.create" } });
    expect(audit).not.toBeNull();
  });

  it("refuses a duplicate email, whatever its case, and writes nothing", async () => {
    const email = `${unique("dup")}@embassy.example`;
    await createUserFromCli({ email, name: "First", role: "editor", password: "a strong passphrase 7" });
    await expect(createUserFromCli({ email: email.toUpperCase(), name: "Second", role: "editor", password: "a strong passphrase 7" })).rejects.toThrow(/already exists/);
    const client = await db();
    expect(await client.user.count({ where: { email } })).toBe(1);
  });

  it.each([
    ["short", /at least 12/],
    ["Administrator", /too common/],
    ["aaaaaaaaaaaaaaaa", /repetitive/],
  ])("refuses the weak password %j", async (password, message) => {
    const email = `${unique("weak")}@embassy.example`;
    await expect(createUserFromCli({ email, name: "Weak", role: "writer", password })).rejects.toThrow(message);
    const client = await db();
    expect(await client.user.count({ where: { email } })).toBe(0);
  });

  it("refuses an unknown role", async () => {
    await expect(createUserFromCli({ email: `${unique("r")}@x.example`, name: "R", role: "owner", password: "a strong passphrase 7" })).rejects.toThrow(/admin, editor or writer/);
  });

  it("lets only an admin create users from the newsroom", async () => {
    const editor = await makeUser("EDITOR");
    await expect(createUser(editor, { email: `${unique("x")}@x.example`, name: "X", role: "writer", password: "a strong passphrase 7" })).rejects.toThrow(/role does not allow/);
    const admin = await makeUser("ADMIN");
    const created = await createUser(admin, { email: `${unique("y")}@x.example`, name: "Y", role: "writer", password: "a strong passphrase 7" });
    expect(created.role).toBe("WRITER");
  });
});
