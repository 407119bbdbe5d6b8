import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { signIn, SIGN_IN_REFUSED } from "@/lib/server/auth/sign-in";
import { makeUser, unique } from "@/tests/support/factories";
import { changeRole, createUserWithOneTimePassword, listUsers, resetPassword, setUserDisabled } from "./manage-users";
import { changeOwnPassword, updateOwnName } from "./profile";

async function sessionVersion(id: string) {
  const client = await db();
  return (await client.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;
}

async function audits(targetId: string) {
  const client = await db();
  return (await client.auditEvent.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
}

// The one enabled admin in the database: every other admin is disabled first.
async function soleAdmin() {
  const client = await db();
  await client.user.updateMany({ where: { role: "ADMIN" }, data: { disabled: true } });
  return makeUser("ADMIN");
}

describe("managing users", () => {
  it("creates an account with a one-time password that signs in", async () => {
    const admin = await makeUser("ADMIN");
    const email = `${unique("new")}@test.example`;
    const { user, oneTimePassword } = await createUserWithOneTimePassword(admin, { email, name: "New Writer", role: "writer" });
    expect(oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await expect(signIn({ email, password: oneTimePassword, headers: {} })).resolves.toMatchObject({ id: user.id });
    expect(await audits(user.id)).toContain("user.create");
  });

  it("lists users without their password hashes, for admins only", async () => {
    const admin = await makeUser("ADMIN");
    const rows = await listUsers(admin);
    expect(rows.find((r) => r.id === admin.id)).toMatchObject({ role: "ADMIN", disabled: false, lastSignInAt: null });
    expect(Object.keys(rows[0]!)).not.toContain("passwordHash");
    await expect(listUsers(await makeUser("EDITOR"))).rejects.toThrow(/role does not allow/);
  });

  it("bumps the session version on a role change, a disable and a password reset", async () => {
    const admin = await makeUser("ADMIN");
    const writer = await makeUser("WRITER");
    const v0 = await sessionVersion(writer.id);
    await changeRole(admin, writer.id, "editor");
    expect(await sessionVersion(writer.id)).toBe(v0 + 1);
    await setUserDisabled(admin, writer.id, true);
    expect(await sessionVersion(writer.id)).toBe(v0 + 2);
    await setUserDisabled(admin, writer.id, false);
    const { oneTimePassword } = await resetPassword(admin, writer.id);
    expect(await sessionVersion(writer.id)).toBe(v0 + 4);
    await expect(signIn({ email: writer.email, password: oneTimePassword, headers: {} })).resolves.toMatchObject({ id: writer.id });
    expect(await audits(writer.id)).toEqual(["user.role", "user.disable", "user.enable", "user.reset-password", "user.sign-in"]);
  });

  it("refuses a disabled account's sign-in with the usual message", async () => {
    const admin = await makeUser("ADMIN");
    const { user, oneTimePassword } = await createUserWithOneTimePassword(admin, { email: `${unique("d")}@test.example`, name: "D", role: "writer" });
    await setUserDisabled(admin, user.id, true);
    await expect(signIn({ email: user.email, password: oneTimePassword, headers: {} })).rejects.toThrow(SIGN_IN_REFUSED);
  });

  it("never disables or demotes the last active admin", async () => {
    const admin = await soleAdmin();
    await expect(setUserDisabled(admin, admin.id, true)).rejects.toThrow(/last active admin/);
    await expect(changeRole(admin, admin.id, "editor")).rejects.toThrow(/last active admin/);
    const client = await db();
    expect(await client.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "ADMIN", disabled: false });
    expect(await audits(admin.id)).toEqual([]);

    // With a second active admin, the first may step down.
    const second = await makeUser("ADMIN");
    await changeRole(second, admin.id, "editor");
    await expect(setUserDisabled(second, second.id, true)).rejects.toThrow(/last active admin/);
  });

  it("lets only admins change accounts", async () => {
    const editor = await makeUser("EDITOR");
    const writer = await makeUser("WRITER");
    await expect(changeRole(editor, writer.id, "admin")).rejects.toThrow(/role does not allow/);
    await expect(setUserDisabled(editor, writer.id, true)).rejects.toThrow(/role does not allow/);
    await expect(resetPassword(editor, writer.id)).rejects.toThrow(/role does not allow/);
  });
});

describe("one's own profile", () => {
  it("changes one's name, audited", async () => {
    const writer = await makeUser("WRITER");
    await updateOwnName(writer, { name: "  Anna Press  " });
    const client = await db();
    expect((await client.user.findUniqueOrThrow({ where: { id: writer.id } })).name).toBe("Anna Press");
    await expect(updateOwnName(writer, { name: " " })).rejects.toThrow(/Enter a name/);
    expect(await audits(writer.id)).toEqual(["profile.update"]);
  });

  it("changes one's password only with the current one, and ends other sessions", async () => {
    const writer = await makeUser("WRITER");
    const v0 = await sessionVersion(writer.id);
    await expect(
      changeOwnPassword(writer, { currentPassword: "not it at all", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
    ).rejects.toThrow(/current password is not right/);
    await expect(
      changeOwnPassword(writer, { currentPassword: "a long test passphrase 42", newPassword: "a brand new passphrase", confirmPassword: "different" }),
    ).rejects.toThrow(/differ/);
    expect(await sessionVersion(writer.id)).toBe(v0);
    await changeOwnPassword(writer, { currentPassword: "a long test passphrase 42", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" });
    expect(await sessionVersion(writer.id)).toBe(v0 + 1);
    await expect(signIn({ email: writer.email, password: "a brand new passphrase", headers: {} })).resolves.toMatchObject({ id: writer.id });
  });
});
