import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeUser, unique } from "@/tests/support/factories";
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditEvents } from "./list-audit";

describe("the audit log", () => {
  it("filters by user, action and date and pages through every entry once", async () => {
    const admin = await makeUser("ADMIN");
    const someone = await makeUser("EDITOR");
    const client = await db();
    const action = unique("test.action");
    const base = Date.parse("2026-05-10T12:00:00Z");
    await client.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
        actorId: someone.id,
        actorEmail: someone.email,
        action,
        targetType: "Test",
        // Some share a timestamp, so the keyset must break ties by id.
        createdAt: new Date(base + Math.floor(i / 3) * 3_600_000),
      })),
    });
    const first = await listAuditEvents(admin, { action, actorId: someone.id });
    expect(first.entries).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await listAuditEvents(admin, { action, actorId: someone.id, before: first.nextCursor! });
    expect(second.entries).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5);

    const oneDay = await listAuditEvents(admin, { action, from: "2026-05-11", to: "2026-05-11" });
    expect(oneDay.entries.every((e) => e.createdAt.toISOString().startsWith("2026-05-11"))).toBe(true);
    expect(oneDay.entries.length).toBeGreaterThan(0);
    expect((await listAuditEvents(admin, { action, actorId: admin.id })).entries).toHaveLength(0);
    expect((await auditFilterOptions(admin)).actions).toContain(action);
  });

  it("is for admins only and rejects a malformed date", async () => {
    await expect(listAuditEvents(await makeUser("EDITOR"), {})).rejects.toThrow(/role does not allow/);
    await expect(listAuditEvents(await makeUser("ADMIN"), { from: "yesterday" })).rejects.toThrow(/2026-12-01/);
  });
});
