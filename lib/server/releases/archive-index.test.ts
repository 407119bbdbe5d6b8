import { describe, expect, it } from "vitest";
import { makeAuthor, makeCategory, makeRelease } from "@/tests/support/factories";
import { db } from "@/lib/server/db";
import { onSqlite, planOf } from "@/tests/support/explain";
import { buildListIndex, buildMonthsIndex, keptOrBuilt, locatePage, monthCounts, PAGE_SIZE, RELEASES_STAMP_SQL, releasesStamp, REUSE_MS, type ListIndex } from "./archive-index";
import { readArchivePage } from "./public";
import { revalidatePublicSite } from "./revalidate";

const HOUR = 3_600_000;

describe("the archive's page index", () => {
  it("an index built before scheduled releases fall due pages exactly like one built after", async () => {
    const category = await makeCategory();
    const author = await makeAuthor();
    const built = new Date(Date.UTC(2041, 5, 1, 12));
    const rows = [];
    // 47 public at `built` (some sharing a time), then 9 scheduled over the next 9 hours.
    for (let i = 0; i < 47; i++) {
      rows.push(await makeRelease({ status: "PUBLISHED", publishAt: new Date(built.getTime() - 1_000 - Math.floor(i / 2) * HOUR), categoryId: category.id, authorId: author.id }));
    }
    for (let i = 1; i <= 9; i++) {
      rows.push(await makeRelease({ status: "SCHEDULED", publishAt: new Date(built.getTime() + i * HOUR), categoryId: category.id, authorId: author.id }));
    }
    await makeRelease({ status: "DRAFT", publishAt: new Date(built.getTime() + 2 * HOUR), categoryId: category.id, authorId: author.id });
    const list = { categoryId: category.id };
    const early = await buildListIndex(list, built);
    expect(early.count).toBe(47);
    // Read three rows at a time, the keys cross chunk boundaries inside pairs
    // that share a publish time; the index must come out the same.
    expect(await buildListIndex(list, built, 3)).toEqual(early);

    for (const hoursLater of [0, 3, 5, 9]) {
      const now = built.getTime() + hoursLater * HOUR;
      const fresh = await buildListIndex(list, new Date(now));
      const expected = rows
        .filter((r) => r.publishAt!.getTime() <= now)
        .sort((a, b) => b.publishAt!.getTime() - a.publishAt!.getTime() || (a.id < b.id ? 1 : -1))
        .map((r) => r.id);
      const pageCount = Math.ceil(expected.length / PAGE_SIZE);
      expect(locatePage(early, 1, now).pageCount, `${hoursLater} h later`).toBe(pageCount);
      const fromEarly = [];
      const fromFresh = [];
      for (let page = 1; page <= pageCount; page++) {
        fromEarly.push(...(await readArchivePage(early, page, list, now)).items.map((r) => r.id));
        fromFresh.push(...(await readArchivePage(fresh, page, list, now)).items.map((r) => r.id));
      }
      expect(fromEarly, `${hoursLater} h later`).toEqual(expected);
      expect(fromFresh, `${hoursLater} h later`).toEqual(expected);
      expect((await readArchivePage(early, pageCount + 1, list, now)).items).toEqual([]);
    }
  });

  it("a page beyond the end, page 0 or a fraction has no start", async () => {
    const category = await makeCategory();
    const index = await buildListIndex({ categoryId: category.id }, new Date());
    expect(locatePage(index, 1, Date.now())).toEqual({ total: 0, pageCount: 1, start: { from: null, skip: 0 } });
    for (const page of [0, 2, 1.5, -1]) expect(locatePage(index, page, Date.now()).start).toBeNull();
  });

  it("month counts built before scheduled releases fall due count them when they do", async () => {
    const category = await makeCategory();
    const built = new Date(Date.UTC(2043, 2, 31, 20));
    await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.UTC(2043, 2, 10)), categoryId: category.id });
    await makeRelease({ status: "SCHEDULED", publishAt: new Date(Date.UTC(2043, 2, 31, 22)), categoryId: category.id }); // 23:00 BST, still March in London
    await makeRelease({ status: "SCHEDULED", publishAt: new Date(Date.UTC(2043, 2, 31, 23, 30)), categoryId: category.id }); // 00:30 BST, April
    const index = await buildMonthsIndex("Europe/London", built);
    // Two rows at a time, across the month boundary and every other test's releases.
    const sorted = (i: typeof index) => ({ ...i, counts: [...i.counts].sort((a, b) => a.key.localeCompare(b.key)) });
    expect(sorted(await buildMonthsIndex("Europe/London", built, 2))).toEqual(sorted(index));
    expect(monthCounts(index, built.getTime()).get("2043-03")).toBe(1);
    expect(monthCounts(index, built.getTime()).get("2043-04")).toBeUndefined();
    const later = Date.UTC(2043, 3, 1, 1);
    expect(monthCounts(index, later).get("2043-03")).toBe(2);
    expect(monthCounts(index, later).get("2043-04")).toBe(1);
  });
});

// The data cache lets an index go every 30 s; keptOrBuilt hands the last one
// back unless the releases changed, instead of a new pass over all of them.
describe("an index kept while the releases are unchanged", () => {
  it("is built again after a release is added, changed or deleted, after 10 minutes, and when a kept scheduled row is not enough", async () => {
    const category = await makeCategory();
    await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - HOUR), categoryId: category.id });
    const key = `test:${category.id}`;
    const builds: number[] = [];
    const build = async (at: Date) => {
      builds.push(at.getTime());
      return buildListIndex({ categoryId: category.id }, at);
    };
    const start = Date.now();
    const first = await keptOrBuilt(key, build, start);
    expect(first.count).toBe(1);
    expect(await keptOrBuilt(key, build, start + 30_000)).toBe(first);
    expect(builds).toHaveLength(1);

    // Added elsewhere, in another category: the stamp is the whole table's.
    const other = await makeRelease({ status: "DRAFT" });
    const second = await keptOrBuilt(key, build, start + 31_000);
    expect(second).not.toBe(first);
    expect(await keptOrBuilt(key, build, start + 32_000)).toBe(second);

    const client = await db();
    // The stamp tells changes apart by updatedAt's milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await client.release.update({ where: { id: other.id }, data: { title: "Changed" } });
    const third = await keptOrBuilt(key, build, start + 33_000);
    expect(third).not.toBe(second);
    await client.release.delete({ where: { id: other.id } });
    const fourth = await keptOrBuilt(key, build, start + 34_000);
    expect(fourth).not.toBe(third);
    expect(builds).toHaveLength(4);

    // A change made through the app here is counted, stamp or no stamp.
    revalidatePublicSite();
    const afterChange = await keptOrBuilt(key, build, start + 35_000);
    expect(afterChange).not.toBe(fourth);
    expect(builds).toHaveLength(5);

    const fifth = await keptOrBuilt(key, build, start + 35_000 + REUSE_MS);
    expect(fifth).not.toBe(afterChange);
    expect(builds).toHaveLength(6);

    // An index that stopped being exact (a scheduled row it did not keep is due) is not handed back.
    const inexact: ListIndex = { ...fifth, exactUntil: start + 36_000 + REUSE_MS };
    const kept = await keptOrBuilt(`${key}:inexact`, async () => inexact, start + 35_500 + REUSE_MS);
    expect(kept).toBe(inexact);
    expect(await keptOrBuilt(`${key}:inexact`, build, start + 35_900 + REUSE_MS)).toBe(inexact);
    const rebuilt = await keptOrBuilt(`${key}:inexact`, build, start + 36_000 + REUSE_MS);
    expect(rebuilt).not.toBe(inexact);
    expect(rebuilt.count).toBe(1);
  });
});

describe("the releases table's stamp", () => {
  it("is the row count and the latest change, read from indexes without visiting the table's rows", async () => {
    const client = await db();
    const made = await makeRelease({ status: "DRAFT" });
    const [count, latest] = await Promise.all([client.release.count(), client.release.findFirstOrThrow({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } })]);
    expect(await releasesStamp()).toBe(`${count}:${latest.updatedAt.getTime()}`);
    await client.release.delete({ where: { id: made.id } });
    expect(await releasesStamp()).toBe(`${count - 1}:${(await client.release.findFirstOrThrow({ orderBy: { updatedAt: "desc" }, select: { updatedAt: true } })).updatedAt.getTime()}`);

    // Table scans priced out on PostgreSQL, whose planner rightly prefers them on a small test table.
    const plan = await planOf({ query: RELEASES_STAMP_SQL, params: "[]" }, ["seqscan"]);
    const context = plan.join("\n");
    if (onSqlite) {
      // Not "SCAN Release" (every row) nor a subquery's co-routine, as Prisma's aggregate() gave.
      expect(plan.filter((d) => /^SCAN (main\.)?Release$|CO-ROUTINE/.test(d)), context).toEqual([]);
      expect(plan.filter((d) => /^(SCAN|SEARCH) (main\.)?Release USING COVERING INDEX/.test(d)), context).toHaveLength(2);
    } else {
      expect(plan.filter((d) => /Seq Scan/.test(d)), context).toEqual([]);
      expect(plan.some((d) => /Index Only Scan Backward using "Release_updatedAt_idx"/.test(d)), context).toBe(true);
    }
  });
});
