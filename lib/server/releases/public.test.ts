import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { makeAuthor, makeCategory, makeRelease } from "@/tests/support/factories";
import { findPublicRelease, getAdjacentReleases, listPublicMonths, listPublicReleases, PAGE_SIZE } from "./public";

const LONDON = "Europe/London";

describe("public archive queries", () => {
  it("pages through a category newest first, 20 a page, without gaps or repeats, even with equal publish times", async () => {
    const category = await makeCategory();
    const author = await makeAuthor();
    const base = Date.UTC(2030, 0, 1);
    const made = [];
    for (let i = 0; i < 45; i++) {
      // Groups of three share a publish time, so the id must break ties.
      made.push(await makeRelease({ status: "PUBLISHED", publishAt: new Date(base + Math.floor(i / 3) * 3_600_000), categoryId: category.id, authorId: author.id }));
    }
    const expected = [...made].sort((a, b) => b.publishAt!.getTime() - a.publishAt!.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    const now = new Date(Date.UTC(2031, 0, 1));
    const pages = await Promise.all([1, 2, 3].map((n) => listPublicReleases(n, { categoryId: category.id }, now)));
    expect(pages.map((p) => p.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(pages[0]!.pageCount).toBe(3);
    expect(pages[0]!.total).toBe(45);
    expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual(expected);
    const beyond = await listPublicReleases(4, { categoryId: category.id }, now);
    expect(beyond.items).toEqual([]);
  });

  it("lists only public releases: no drafts, reviews, withdrawn or not-yet-due scheduled ones", async () => {
    const category = await makeCategory();
    const now = new Date("2030-06-01T12:00:00Z");
    const past = new Date("2030-06-01T11:59:00Z");
    const future = new Date("2030-06-01T12:01:00Z");
    const published = await makeRelease({ status: "PUBLISHED", publishAt: past, categoryId: category.id });
    const dueScheduled = await makeRelease({ status: "SCHEDULED", publishAt: past, categoryId: category.id });
    await makeRelease({ status: "SCHEDULED", publishAt: future, categoryId: category.id });
    await makeRelease({ status: "DRAFT", publishAt: past, categoryId: category.id });
    await makeRelease({ status: "IN_REVIEW", publishAt: past, categoryId: category.id });
    await makeRelease({ status: "WITHDRAWN", publishAt: past, categoryId: category.id });
    const page = await listPublicReleases(1, { categoryId: category.id }, now);
    expect(new Set(page.items.map((r) => r.id))).toEqual(new Set([published.id, dueScheduled.id]));
    const later = await listPublicReleases(1, { categoryId: category.id }, new Date("2030-06-01T12:02:00Z"));
    expect(later.items).toHaveLength(3);
  });

  it("counts releases per month in the site's zone and filters a month by its local bounds", async () => {
    const category = await makeCategory();
    const at = (iso: string) => makeRelease({ status: "PUBLISHED", publishAt: new Date(iso), categoryId: category.id });
    await at("2039-03-01T00:30:00Z");
    await at("2039-03-31T22:30:00Z"); // 23:30 BST: still March in London
    await at("2039-03-31T23:30:00Z"); // 00:30 BST on 1 April
    await at("2039-04-15T12:00:00Z");
    await makeRelease({ status: "DRAFT", publishAt: new Date("2039-04-16T12:00:00Z"), categoryId: category.id });
    const now = new Date("2039-12-31T00:00:00Z");
    const months = await listPublicMonths(LONDON, now);
    expect(months.find((m) => m.year === 2039 && m.month === 3)?.count).toBe(2);
    expect(months.find((m) => m.year === 2039 && m.month === 4)?.count).toBe(2);
    const keys = months.map((m) => m.year * 100 + m.month);
    expect(keys).toEqual([...keys].sort((a, b) => b - a));
    const april = await listPublicReleases(1, { categoryId: category.id, month: { year: 2039, month: 4, zone: LONDON } }, now);
    expect(april.total).toBe(2);
  });

  it("filters a year by its bounds in the site's zone", async () => {
    const category = await makeCategory();
    const moscow = "Europe/Moscow"; // UTC+3 all year
    const at = (iso: string) => makeRelease({ status: "PUBLISHED", publishAt: new Date(iso), categoryId: category.id });
    await at("2040-12-31T20:30:00Z"); // 23:30 on 31 December in Moscow: 2040
    const first = await at("2040-12-31T21:30:00Z"); // 00:30 on 1 January in Moscow: 2041
    const last = await at("2041-12-31T20:59:00Z"); // 23:59 on 31 December: still 2041
    await at("2041-12-31T21:00:00Z"); // midnight: 2042
    await makeRelease({ status: "DRAFT", publishAt: new Date("2041-06-01T12:00:00Z"), categoryId: category.id });
    const now = new Date("2043-01-01T00:00:00Z");
    const year = await listPublicReleases(1, { categoryId: category.id, year: { year: 2041, zone: moscow } }, now);
    expect(year.items.map((r) => r.id)).toEqual([last.id, first.id]);
    expect(year.total).toBe(2);
    const inLondon = await listPublicReleases(1, { categoryId: category.id, year: { year: 2041, zone: LONDON } }, now);
    expect(inLondon.total, "in London (UTC+0 in winter) Moscow's first of 2041 is still 2040 and its midnight is 2041").toBe(2);
    expect(inLondon.items.map((r) => r.id)).not.toContain(first.id);
  });

  it("finds neighbours in archive order and skips what is not public", async () => {
    const category = await makeCategory();
    const now = new Date("2032-01-01T00:00:00Z");
    const a = await makeRelease({ status: "PUBLISHED", publishAt: new Date("2031-05-01T10:00:00Z"), categoryId: category.id });
    await makeRelease({ status: "DRAFT", publishAt: new Date("2031-05-01T10:30:00Z"), categoryId: category.id });
    const b = await makeRelease({ status: "PUBLISHED", publishAt: new Date("2031-05-01T11:00:00Z"), categoryId: category.id });
    const { older, newer } = await getAdjacentReleases({ id: b.id, publishAt: b.publishAt! }, now);
    expect(older?.slug).toBe(a.slug);
    const fromA = await getAdjacentReleases({ id: a.id, publishAt: a.publishAt! }, now);
    expect(fromA.newer?.slug).toBe(b.slug);
    expect(newer?.slug).not.toBe(a.slug);
  });

  it("looks up a release by slug: public, withdrawn with its reason, moved, or missing", async () => {
    const client = await db();
    const now = new Date();
    const live = await makeRelease({ status: "PUBLISHED", publishAt: new Date(now.getTime() - 60_000) });
    const draft = await makeRelease({ status: "DRAFT" });
    const gone = await makeRelease({ status: "PUBLISHED", publishAt: new Date(now.getTime() - 60_000) });
    await client.release.update({ where: { id: gone.id }, data: { status: "WITHDRAWN", withdrawnAt: now, withdrawalReason: "Published in error." } });
    await client.slugRedirect.create({ data: { fromSlug: `${live.slug}-old`, releaseId: live.id } });
    await client.correction.create({ data: { releaseId: live.id, note: "The date of the concert was corrected." } });

    const found = await findPublicRelease(live.slug, now);
    expect(found.kind === "public" && found.release.corrections.map((c) => c.note)).toEqual(["The date of the concert was corrected."]);
    expect((await findPublicRelease(draft.slug, now)).kind).toBe("missing");
    expect(await findPublicRelease(`${live.slug}-old`, now)).toEqual({ kind: "moved", slug: live.slug });
    expect(await findPublicRelease("no-such-release", now)).toEqual({ kind: "missing" });
    const withdrawn = await findPublicRelease(gone.slug, now);
    expect(withdrawn).toMatchObject({ kind: "withdrawn", reason: "Published in error." });
  });

  it("strips scripts from a body before the public sees it", async () => {
    const release = await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - 1000), body: '<p>Hello</p><script>alert(1)</script><img src=x onerror="alert(1)">' });
    const found = await findPublicRelease(release.slug);
    expect(found.kind === "public" && found.release.body).toBe("<p>Hello</p>");
  });
});
