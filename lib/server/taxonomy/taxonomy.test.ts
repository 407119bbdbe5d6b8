import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeRelease, makeUser, unique } from "@/tests/support/factories";
import { createAuthor, deleteAuthor, listAuthors, moveAuthor, updateAuthor } from "./authors";
import { createCategory, deleteCategory, listCategories, moveCategory, updateCategory } from "./categories";

describe("categories", () => {
  it("an editor creates, renames and reorders them, each change audited", async () => {
    const editor = await makeUser("EDITOR");
    const a = await createCategory(editor, { name: unique("Statements") });
    const b = await createCategory(editor, { name: unique("Visits") });
    const order = async () => (await listCategories(editor)).map((c) => c.id).filter((id) => id === a.id || id === b.id);
    expect(await order()).toEqual([a.id, b.id]);
    await moveCategory(editor, b.id, "up");
    expect(await order()).toEqual([b.id, a.id]);
    await moveCategory(editor, a.id, "down"); // already last: nothing changes
    await updateCategory(editor, a.id, { name: "Press statements", description: "Official" });
    const row = (await listCategories(editor)).find((c) => c.id === a.id)!;
    expect(row).toMatchObject({ name: "Press statements", description: "Official" });
    expect(row.slug).not.toBe("press-statements"); // renaming keeps the address
    const client = await db();
    const actions = (await client.auditEvent.findMany({ where: { targetId: { in: [a.id, b.id] } } })).map((e) => e.action).sort();
    expect(actions).toEqual(["category.create", "category.create", "category.move", "category.update"]);
  });

  it("gives two categories of the same name distinct slugs", async () => {
    const editor = await makeUser("EDITOR");
    const name = unique("Comment");
    await createCategory(editor, { name });
    const second = await createCategory(editor, { name });
    expect((await listCategories(editor)).find((c) => c.id === second.id)!.slug).toMatch(/-2$/);
  });

  it("deletes an unused category but says what uses one that is in use", async () => {
    const editor = await makeUser("EDITOR");
    const unused = await createCategory(editor, { name: unique("Unused") });
    await deleteCategory(editor, unused.id);
    const used = await createCategory(editor, { name: unique("Used") });
    await makeRelease({ categoryId: used.id, status: "PUBLISHED" });
    await makeRelease({ categoryId: used.id });
    await expect(deleteCategory(editor, used.id)).rejects.toThrow(/^Used by 2 releases/);
    const client = await db();
    expect(await client.category.count({ where: { id: used.id } })).toBe(1);
    expect(await client.category.count({ where: { id: unused.id } })).toBe(0);
  });

  it("is closed to writers", async () => {
    const writer = await makeUser("WRITER");
    await expect(createCategory(writer, { name: "X" })).rejects.toThrow(/role does not allow/);
    await expect(listCategories(writer)).rejects.toThrow(/role does not allow/);
  });
});

describe("authors", () => {
  it("an admin creates, renames, reorders and deletes them, refusing one in use", async () => {
    const admin = await makeUser("ADMIN");
    const a = await createAuthor(admin, { name: unique("Press Officer"), title: "Press Officer" });
    const b = await createAuthor(admin, { name: unique("Attaché") });
    await moveAuthor(admin, a.id, "down");
    const ids = (await listAuthors(admin)).map((r) => r.id).filter((id) => id === a.id || id === b.id);
    expect(ids).toEqual([b.id, a.id]);
    await updateAuthor(admin, a.id, { name: "Embassy Press Officer", title: "Spokesperson" });
    expect((await listAuthors(admin)).find((r) => r.id === a.id)).toMatchObject({ name: "Embassy Press Officer", title: "Spokesperson", releases: 0 });
    await makeRelease({ authorId: b.id });
    await expect(deleteAuthor(admin, b.id)).rejects.toThrow(/^Used by 1 release \(drafts included\)/);
    await deleteAuthor(admin, a.id);
    await expect(updateAuthor(admin, a.id, { name: "Gone" })).rejects.toThrow(/no longer exists/);
    await expect(createAuthor(admin, { name: "  " })).rejects.toMatchObject({ fieldErrors: { name: ["Enter a name"] } });
  });
});
