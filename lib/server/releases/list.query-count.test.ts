import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSettings } from "@/lib/server/settings/get-settings";
import { makeAuthor, makeCategory, makeRelease } from "@/tests/support/factories";
import { onSqlite as sqlite, planOf, recordedParams } from "@/tests/support/explain";
import { installQueryCounter, type RecordedQuery } from "@/tests/support/query-counter";
import { findPublicRelease, getAdjacentReleases, getArchiveData, getCategoryBySlug, getHomeData, PAGE_SIZE } from "./public";

// What the public pages ask the data layer for, page by page, through the
// same functions the page files call. Vitest has no Next.js data cache, so
// every call here also builds the archive's page index: the counts below are
// the worst case, a page rendered right after a content change.

const ZONE = "Europe/London";
let counter: Awaited<ReturnType<typeof installQueryCounter>>;

beforeAll(async () => {
  counter = await installQueryCounter();
  await getSettings(); // the first read of a fresh database creates the settings row
});
afterAll(async () => counter.uninstall());

type Site = { categories: { id: string; slug: string }[]; authors: string[]; releases: { id: string; slug: string; publishAt: Date }[]; year: number };

// A year of its own, so month pages hold only this site's releases; one
// release every 11 hours spreads them over weeks and months.
async function makeSite(year: number): Promise<Site> {
  const categories = await Promise.all([0, 1, 2, 3].map(() => makeCategory()));
  const authors = await Promise.all([0, 1, 2, 3, 4].map(async () => (await makeAuthor()).id));
  return { categories, authors, releases: [], year };
}

async function growTo(site: Site, total: number): Promise<void> {
  for (let i = site.releases.length; i < total; i++) {
    const made = await makeRelease({
      status: i % 9 === 0 ? "SCHEDULED" : "PUBLISHED",
      publishAt: new Date(Date.UTC(site.year, 0, 1) + i * 11 * 3_600_000),
      categoryId: site.categories[i % site.categories.length]!.id,
      authorId: site.authors[i % site.authors.length]!,
      featured: i === 3,
      body: `<p>Release ${i} of the test site.</p>`,
    });
    site.releases.push({ id: made.id, slug: made.slug, publishAt: made.publishAt! });
  }
}

const render = {
  home: async () => Promise.all([getSettings(), getHomeData(10)]),
  archive: async (page: number) => Promise.all([getSettings(), getArchiveData(page, {}, ZONE)]),
  category: async (slug: string, page: number) => {
    const [, category] = await Promise.all([getSettings(), getCategoryBySlug(slug)]);
    return getArchiveData(page, { categoryId: category!.id }, ZONE);
  },
  month: async (year: number, month: number, page: number) => Promise.all([getSettings(), getArchiveData(page, { month: { year, month, zone: ZONE } }, ZONE)]),
  year: async (year: number, page: number) => Promise.all([getSettings(), getArchiveData(page, { year: { year, zone: ZONE } }, ZONE)]),
  release: async (slug: string) => {
    const [, found] = await Promise.all([getSettings(), findPublicRelease(slug)]);
    if (found.kind !== "public") throw new Error(`${slug} should be public`);
    return getAdjacentReleases(found.release);
  },
};

async function statementsPerPage(site: Site): Promise<Record<string, number>> {
  const [first] = site.categories;
  const lastArchivePage = (await getArchiveData(1, {}, ZONE)).result.pageCount;
  const lastCategoryPage = (await getArchiveData(1, { categoryId: first!.id }, ZONE)).result.pageCount;
  const n = async (work: () => Promise<unknown>) => (await counter.count(work)).statements.length;
  return {
    home: await n(render.home),
    archive: await n(() => render.archive(1)),
    "archive, last page": await n(() => render.archive(lastArchivePage)),
    category: await n(() => render.category(first!.slug, 1)),
    "category, last page": await n(() => render.category(first!.slug, lastCategoryPage)),
    month: await n(() => render.month(site.year, 1, 1)),
    year: await n(() => render.year(site.year, 1)),
    release: await n(() => render.release(site.releases[site.releases.length - 2]!.slug)),
  };
}

describe("public page queries", () => {
  it("each public page issues the same small number of queries for 20 and for 200 releases", async () => {
    const site = await makeSite(2001);
    await growTo(site, 20);
    const few = await statementsPerPage(site);
    await growTo(site, 200);
    const many = await statementsPerPage(site);
    expect(many).toEqual(few);
    for (const [page, count] of Object.entries(many)) expect(count, page).toBeLessThanOrEqual(12);
    // The last archive page is as cheap as the first.
    expect(many["archive, last page"]).toBe(many.archive);
    const lastPage = await render.category(site.categories[0]!.slug, 3);
    expect(lastPage.result.items).toHaveLength(50 - 2 * PAGE_SIZE);
  });
});

/** The OFFSET a statement asks for (Prisma always sends one, as a parameter). */
function offsetOf(q: RecordedQuery): number {
  const values = recordedParams(q);
  const numbered = /OFFSET \$(\d+)/.exec(q.query);
  if (numbered) return Number(values[Number(numbered[1]) - 1]);
  return /OFFSET \?\s*$/.test(q.query) ? Number(values.at(-1)) : 0;
}

const ON_RELEASE = /FROM [`"]?(main[`"]?\.[`"]?|public[`"]?\.[`"]?)?Release[`"]?(\s|$)/;

describe("public list query plans", () => {
  it("archive, category, year, month, home and release pages read Release through an index, in order, with no OFFSET", async () => {
    const site = await makeSite(2002);
    await growTo(site, 70);
    const recorded = await counter.count(async () => {
      await render.archive(3);
      await render.category(site.categories[1]!.slug, 2);
      await render.month(site.year, 1, 2);
      await render.year(site.year, 2);
      await render.home();
      await render.release(site.releases[40]!.slug);
    });
    const onRelease = recorded.statements.filter((s) => ON_RELEASE.test(s.query));
    // The index builds (keys, coming releases, months), the page reads, the
    // featured and latest releases, the lookup by slug and both neighbours.
    expect(onRelease.length).toBeGreaterThanOrEqual(15);
    expect(recorded.statements.filter((s) => offsetOf(s) !== 0).map((s) => s.query)).toEqual([]);
    for (const statement of onRelease) {
      // With sorting priced out too, an index scan and no Sort means an index
      // gives the rows in order, which is what keeps a large archive cheap.
      const details = await planOf(statement, ["seqscan", "sort"]);
      const context = `${statement.query}\n  ${details.join("\n  ")}`;
      if (sqlite) {
        expect(details.some((d) => /^(SEARCH|SCAN) (main\.)?Release USING (COVERING )?INDEX/.test(d)), context).toBe(true);
        expect(details.filter((d) => /^SCAN (main\.)?Release$|TEMP B-TREE/.test(d)), context).toEqual([]);
      } else {
        // A statement with no ORDER BY (the months count reads every public
        // row's date) may gather its rows through a bitmap of the index.
        const indexRead = /ORDER BY/.test(statement.query)
          ? /Index (Only )?Scan( Backward)? using "?Release_\w+"? on "?Release"?/
          : /(Index (Only )?Scan( Backward)? using "?Release_\w+"? on "?Release"?)|(Bitmap Index Scan on "?Release_\w+"?)/;
        expect(details.some((d) => indexRead.test(d)), context).toBe(true);
        expect(details.filter((d) => /Seq Scan|Sort/.test(d)), context).toEqual([]);
      }
    }
  });
});
