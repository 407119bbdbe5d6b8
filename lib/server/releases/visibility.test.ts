import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeRelease } from "@/tests/support/factories";
import { comingReleaseWhere, isPublicAt, publicReleaseWhere } from "./visibility";

describe("the visibility rule", () => {
  const now = new Date("2026-08-19T07:18:00Z");
  const past = new Date("2026-08-19T07:17:59Z");
  const future = new Date("2026-08-19T07:18:01Z");

  it.each([
    ["DRAFT", past, false],
    ["IN_REVIEW", past, false],
    ["WITHDRAWN", past, false],
    ["PUBLISHED", past, true],
    ["PUBLISHED", now, true],
    ["SCHEDULED", future, false],
    ["SCHEDULED", now, true],
    ["PUBLISHED", null, false],
  ] as const)("a %s release with publish time %s is public: %s", (status, publishAt, expected) => {
    expect(isPublicAt({ status, publishAt }, now)).toBe(expected);
  });

  it("the database query agrees with the function", async () => {
    const made = await Promise.all([
      makeRelease({ status: "PUBLISHED", publishAt: past }),
      makeRelease({ status: "SCHEDULED", publishAt: future }),
      makeRelease({ status: "SCHEDULED", publishAt: past }),
      makeRelease({ status: "DRAFT", publishAt: past }),
      makeRelease({ status: "WITHDRAWN", publishAt: past }),
    ]);
    const client = await db();
    const found = await client.release.findMany({ where: { AND: [publicReleaseWhere(now), { id: { in: made.map((r) => r.id) } }] }, select: { id: true } });
    expect(new Set(found.map((r) => r.id))).toEqual(new Set(made.filter((r) => isPublicAt(r, now)).map((r) => r.id)));
    expect(found).toHaveLength(2);
  });

  it("what is coming at an instant is exactly what becomes public later by itself", async () => {
    const made = await Promise.all([
      makeRelease({ status: "PUBLISHED", publishAt: past }),
      makeRelease({ status: "SCHEDULED", publishAt: future }),
      makeRelease({ status: "PUBLISHED", publishAt: future }),
      makeRelease({ status: "DRAFT", publishAt: future }),
      makeRelease({ status: "IN_REVIEW", publishAt: future }),
      makeRelease({ status: "WITHDRAWN", publishAt: future }),
    ]);
    const client = await db();
    const ids = { id: { in: made.map((r) => r.id) } };
    const coming = await client.release.findMany({ where: { AND: [comingReleaseWhere(now), ids] }, select: { id: true } });
    const later = new Date(future.getTime() + 1);
    expect(new Set(coming.map((r) => r.id))).toEqual(new Set(made.filter((r) => !isPublicAt(r, now) && isPublicAt(r, later)).map((r) => r.id)));
    expect(coming).toHaveLength(2);
  });
});
