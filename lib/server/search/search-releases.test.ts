import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { genericPlanOf, onSqlite, pagesTouched } from "@/tests/support/explain";
import { makeAuthor, makeCategory, makeRelease, makeUser, unique } from "@/tests/support/factories";
import { getSettings } from "@/lib/server/settings/get-settings";
import { searchStatement } from "./engine-postgres";
import { parseSearchTerms } from "./terms";
import { MATCH_CAP, PAGE_SIZE, searchNewsroomReleases, searchParamsSchema, searchPublicReleases } from "./search-releases";

const params = (q: string, extra: Record<string, string> = {}) => searchParamsSchema.parse({ q, ...extra });
const past = new Date(Date.now() - 86_400_000);

describe("public search", () => {
  it("finds a public release by a word of its body, with a highlighted snippet", async () => {
    const word = unique("zephyrine").replace("-", "");
    const release = await makeRelease({ status: "PUBLISHED", publishAt: past, body: `<p>The attaché spoke about ${word} at the university.</p>` });
    const result = await searchPublicReleases(params(word));
    expect(result.hits.map((h) => h.id)).toEqual([release.id]);
    expect(result.hits[0]?.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain(word);
    expect(result.hits[0]?.snippet.map((p) => p.text).join("")).not.toContain("<p>");
  });

  it("matches prefixes, phrases and Cyrillic words, and ranks a title match first", async () => {
    const word = `кремль${unique("x").slice(2)}`;
    const inBody = await makeRelease({ status: "PUBLISHED", publishAt: past, body: `<p>Заявление о ${word} и визите.</p>` });
    const inTitle = await makeRelease({ status: "PUBLISHED", publishAt: past, title: `Комментарий: ${word}` });
    const prefix = await searchPublicReleases(params(word.slice(0, word.length - 2)));
    expect(prefix.hits.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);
    const phrase = await searchPublicReleases(params(`"о ${word}"`));
    expect(phrase.hits.map((h) => h.id)).toEqual([inBody.id]);
  });

  it("finds words that sit against punctuation: hyphenated numbers, addresses, emails, decimals and entities", async () => {
    // What the reader types is split into runs of letters and digits; the
    // index must split the text the same way on both databases, or
    // "Needle-12345678" (a negative number to PostgreSQL's parser),
    // "embassy.example" (a host name) or "3.5" (a decimal) would never match.
    const tag = unique("q").slice(2);
    const cases = [
      { text: `Note ${tag}-12345678 issued`, query: `${tag}-12345678`, also: "12345678" },
      { text: `Write to consular${tag}@embassy.example today`, query: `consular${tag}@embassy.example`, also: `consular${tag}` },
      { text: `Visit www.visit${tag}.example/visas for details`, query: `visit${tag}.example`, also: `visit${tag}` },
      { text: `Growth of 3.${tag}5 per cent`, query: `3.${tag}5`, also: `${tag}5` },
      { text: `Fees v2.${tag}.1 apply`, query: `v2.${tag}.1`, also: `${tag}` },
    ];
    for (const c of cases) {
      const title = await makeRelease({ status: "PUBLISHED", publishAt: past, title: c.text });
      const body = await makeRelease({ status: "PUBLISHED", publishAt: past, body: `<p>${c.text.replace("&", "&amp;")}</p>` });
      for (const q of [c.query, c.also]) {
        const found = (await searchPublicReleases(params(q))).hits.map((h) => h.id);
        expect(found, `${q} in "${c.text}"`).toEqual(expect.arrayContaining([title.id, body.id]));
      }
    }
    const entity = await makeRelease({ status: "PUBLISHED", publishAt: past, body: `<p>R&amp;D${tag} and fish &amp; chips</p>` });
    expect((await searchPublicReleases(params(`R&D${tag}`))).hits.map((h) => h.id)).toEqual([entity.id]);
  });

  it("filters by category and year and never shows drafts, withdrawn or embargoed releases", async () => {
    const word = unique("quillmark").replace("-", "");
    const category = await makeCategory();
    const body = `<p>${word}</p>`;
    const wanted = await makeRelease({ status: "PUBLISHED", publishAt: new Date("2024-05-01T10:00:00Z"), body, categoryId: category.id });
    await makeRelease({ status: "PUBLISHED", publishAt: new Date("2023-05-01T10:00:00Z"), body, categoryId: category.id });
    await makeRelease({ status: "PUBLISHED", publishAt: new Date("2024-05-01T10:00:00Z"), body });
    await makeRelease({ status: "DRAFT", body, categoryId: category.id });
    await makeRelease({ status: "WITHDRAWN", publishAt: new Date("2024-06-01T10:00:00Z"), body, categoryId: category.id });
    await makeRelease({ status: "SCHEDULED", publishAt: new Date(Date.now() + 3_600_000), body, categoryId: category.id });
    const all = await searchPublicReleases(params(word));
    expect(all.total).toBe(3);
    const filtered = await searchPublicReleases(params(word, { category: category.slug, year: "2024" }));
    expect(filtered.hits.map((h) => h.id)).toEqual([wanted.id]);
  });

  it("counts a year in the site's zone, as the archive's year pages do, on the public site and in the newsroom", async () => {
    // The site's dates are the second clock's; with Moscow there (UTC+3 all
    // year) a release at 22:30 UTC on 31 December is on 1 January.
    const client = await db();
    const before = (await getSettings()).clocks[1].zone; // getSettings makes the row on a fresh database
    await client.settings.update({ where: { id: "site" }, data: { clock2Zone: "Europe/Moscow" } });
    try {
      const word = unique("yearmark").replace("-", "");
      const body = `<p>${word}</p>`;
      const at = (iso: string) => makeRelease({ status: "PUBLISHED", publishAt: new Date(iso), body });
      const lateIn2044 = await at("2044-12-31T20:59:00Z"); // 23:59 in Moscow
      const firstOf2045 = await at("2044-12-31T21:30:00Z"); // 00:30 on 1 January in Moscow
      const lastOf2045 = await at("2045-12-31T20:59:00Z");
      await at("2045-12-31T21:00:00Z"); // midnight: 2046
      const found = await searchPublicReleases(params(word, { year: "2045" }), new Date("2047-01-01T00:00:00Z"));
      expect(found.hits.map((h) => h.id).sort()).toEqual([firstOf2045.id, lastOf2045.id].sort());
      const earlier = await searchPublicReleases(params(word, { year: "2044" }), new Date("2047-01-01T00:00:00Z"));
      expect(earlier.hits.map((h) => h.id)).toEqual([lateIn2044.id]);
      const editor = await makeUser("EDITOR");
      const newsroom = await searchNewsroomReleases(editor, word, { year: 2045 });
      expect(newsroom.hits.map((h) => h.id).sort()).toEqual([firstOf2045.id, lastOf2045.id].sort());
    } finally {
      await client.settings.update({ where: { id: "site" }, data: { clock2Zone: before } });
    }
  });

  it("compares publication times in UTC whatever the server process's own time zone", async () => {
    const word = unique("zonecheck").replace("-", "");
    const body = `<p>${word}</p>`;
    const published = await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - 2 * 3_600_000), body });
    await makeRelease({ status: "SCHEDULED", publishAt: new Date(Date.now() + 2 * 3_600_000), body });
    const zone = process.env.TZ;
    try {
      for (const tz of ["Asia/Tokyo", "America/New_York"]) {
        process.env.TZ = tz;
        const result = await searchPublicReleases(params(word));
        expect([tz, result.hits.map((h) => h.id)]).toEqual([tz, [published.id]]);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("pages through results", async () => {
    const word = unique("pagewort").replace("-", "");
    for (let i = 0; i < 12; i++) await makeRelease({ status: "PUBLISHED", publishAt: past, body: `<p>${word} ${i}</p>` });
    const first = await searchPublicReleases(params(word));
    const second = await searchPublicReleases(params(word, { page: "2" }));
    expect([first.total, first.pageCount, first.hits.length, second.hits.length]).toEqual([12, 2, 10, 2]);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.id)).size).toBe(12);
  });

  it("is kept current by the database when a release is edited or withdrawn", async () => {
    const before = unique("oldword").replace("-", "");
    const after = unique("newword").replace("-", "");
    const release = await makeRelease({ status: "PUBLISHED", publishAt: past, title: before });
    const client = await db();
    await client.release.update({ where: { id: release.id }, data: { title: after } });
    expect((await searchPublicReleases(params(before))).total).toBe(0);
    expect((await searchPublicReleases(params(after))).total).toBe(1);
    await client.release.update({ where: { id: release.id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    expect((await searchPublicReleases(params(after))).total).toBe(0);
    await client.release.delete({ where: { id: release.id } });
    expect((await searchNewsroomReleases(await makeUser("WRITER"), after)).total).toBe(0);
  });

  it("does not wait for an editor's open transaction, nor show what it has not committed", async () => {
    const committed = unique("keptword").replace("-", "");
    const pending = unique("pendingword").replace("-", "");
    const release = await makeRelease({ status: "PUBLISHED", publishAt: past, title: committed });
    const client = await db();
    // A search that waited for the transaction could not answer inside it;
    // the transaction's own time limit (5 s) would end it and fail the test.
    const answered = async (q: string) => (await searchPublicReleases(params(q))).hits.map((h) => h.slug);
    const during = await client.$transaction(async (tx) => {
      await tx.release.update({ where: { id: release.id }, data: { title: pending } });
      return { pending: await answered(pending), committed: await answered(committed) };
    });
    expect(during).toEqual({ pending: [], committed: [release.slug] });
    expect(await answered(pending)).toEqual([release.slug]);
    expect(await answered(committed)).toEqual([]);
  });

  it("an edit replaces only that release's entry in the index, however often it is edited", async () => {
    const shared = unique("sharedword").replace("-", "");
    const words = [1, 2, 3].map((n) => unique(`edit${n}word`).replace("-", ""));
    const edited = await makeRelease({ status: "PUBLISHED", publishAt: past, title: `${shared} first` });
    const neighbour = await makeRelease({ status: "PUBLISHED", publishAt: past, title: `${shared} neighbour` });
    const client = await db();
    for (const word of words) await client.release.update({ where: { id: edited.id }, data: { title: `${shared} ${word}` } });
    expect((await searchPublicReleases(params(shared))).total).toBe(2);
    expect((await searchPublicReleases(params(words[0]!))).total).toBe(0);
    expect((await searchPublicReleases(params(words[1]!))).total).toBe(0);
    expect((await searchPublicReleases(params(words[2]!))).hits.map((h) => h.slug)).toEqual([edited.slug]);
    await client.release.delete({ where: { id: edited.id } });
    expect((await searchPublicReleases(params(shared))).hits.map((h) => h.slug)).toEqual([neighbour.slug]);
  });

  it("never raises an error, whatever the query", async () => {
    const samples = ['"', '"unclosed', "a*", "NEAR(", "-x OR y", "'; DROP TABLE", "ёлка:* & |", "()", "\\", "AND", "^"];
    for (const q of samples) await expect(searchPublicReleases(params(q))).resolves.toBeDefined();
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40, unit: fc.constantFrom("a", "я", '"', "'", "*", "(", ")", ":", "&", "|", "!", "-", "^", " ", "\\", "<", "N", "O", "R") }), async (q) => {
        const result = await searchPublicReleases(params(q));
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});

// Many releases sharing one word, inserted oldest first with publish times a
// minute apart, so "most recent" means the same on both databases. They are
// deleted after each test so the other suites' listings stay small.
const manyCategories: string[] = [];
afterEach(async () => {
  const client = await db();
  await client.release.deleteMany({ where: { categoryId: { in: manyCategories.splice(0) } } });
});

async function makeManyWith(word: string, count: number, status: "PUBLISHED" | "DRAFT" = "PUBLISHED", start = Date.now() - 30 * 86_400_000, stepMs = 60_000): Promise<string[]> {
  const client = await db();
  const [category, author] = await Promise.all([makeCategory(), makeAuthor()]);
  manyCategories.push(category.id);
  const rows = Array.from({ length: count }, (_, i) => ({
    title: `${status === "DRAFT" ? "Draft" : "Release"} ${i} of ${word}`,
    slug: unique(`many-${i}`),
    body: `<p>The ${word} was mentioned.</p>`,
    status,
    publishAt: status === "DRAFT" ? null : new Date(start + i * stepMs),
    categoryId: category.id,
    authorId: author.id,
  }));
  for (let i = 0; i < rows.length; i += 250) await client.release.createMany({ data: rows.slice(i, i + 250) });
  return rows.map((r) => r.title);
}

describe("a word that matches very many releases", () => {
  it("counts exactly up to the cap, drafts excluded, and ranks the whole set", async () => {
    const word = unique("capword").replace("-", "");
    await makeManyWith(word, MATCH_CAP);
    await makeManyWith(word, 6, "DRAFT");
    const result = await searchPublicReleases(params(word));
    expect([result.total, result.capped, result.order, result.pageCount, result.hits.length]).toEqual([MATCH_CAP, false, "relevance", MATCH_CAP / PAGE_SIZE, PAGE_SIZE]);
    expect(result.hits.every((h) => h.status === "PUBLISHED")).toBe(true);
    const staff = await searchNewsroomReleases(await makeUser("WRITER"), word);
    expect([staff.total, staff.capped]).toEqual([MATCH_CAP, true]);
  });

  it("counts exactly a word that fills the newest releases but stays under the cap", async () => {
    // The newest 150 public releases all have the word, so it looks common
    // among the newest; there are no others, so the count is exact and ranked.
    const word = unique("newsword").replace("-", "");
    await makeManyWith(word, 150, "PUBLISHED", Date.now() - 3 * 3_600_000);
    const result = await searchPublicReleases(params(word));
    expect([result.total, result.capped, result.order, result.pageCount]).toEqual([150, false, "relevance", Math.ceil(150 / PAGE_SIZE)]);
    const last = await searchPublicReleases(params(word, { page: String(Math.ceil(150 / PAGE_SIZE)) }));
    expect(last.hits).toHaveLength(150 % PAGE_SIZE || PAGE_SIZE);
  });

  it("says there are more than the cap, shows the most recent first with snippets, and pages only through the cap", async () => {
    const word = unique("manyword").replace("-", "");
    const titles = await makeManyWith(word, MATCH_CAP + 5);
    const first = await searchPublicReleases(params(word));
    expect([first.total, first.capped, first.order, first.pageCount]).toEqual([MATCH_CAP, true, "recent", MATCH_CAP / PAGE_SIZE]);
    expect(first.hits.map((h) => h.title)).toEqual(titles.slice(-PAGE_SIZE).reverse());
    expect(first.hits[0]?.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain(word);
    const prefix = await searchPublicReleases(params(word.slice(0, -2), { page: "2" }));
    expect([prefix.capped, prefix.hits.map((h) => h.title)]).toEqual([true, titles.slice(-2 * PAGE_SIZE, -PAGE_SIZE).reverse()]);
    const last = await searchPublicReleases(params(word, { page: String(MATCH_CAP / PAGE_SIZE) }));
    expect(last.hits.map((h) => h.title)).toEqual(titles.slice(5, 5 + PAGE_SIZE).reverse());
    const beyond = await searchPublicReleases(params(word, { page: String(MATCH_CAP / PAGE_SIZE + 1) }));
    expect([beyond.total, beyond.capped, beyond.hits.length]).toEqual([MATCH_CAP, true, 0]);
  });
});

describe("newsroom search", () => {
  it("includes drafts for signed-in staff and refuses anyone else", async () => {
    const word = unique("draftword").replace("-", "");
    const draft = await makeRelease({ status: "DRAFT", title: word });
    const writer = await makeUser("WRITER");
    const result = await searchNewsroomReleases(writer, word);
    expect(result.hits.map((h) => [h.id, h.status])).toEqual([[draft.id, "DRAFT"]]);
    await expect(searchNewsroomReleases(null, word)).rejects.toThrow(/sign in/i);
  });
});

// On PostgreSQL a search tests each candidate row's full-text document
// ("searchDocument"). It must be read from the release's own row: moved out to
// the TOAST table, every row tested costs an index probe and another page
// there (migration 20261202060000_search_document_inline). The releases below
// are of a typical size, long enough that PostgreSQL must compress or move
// something out of each row; reading their documents must touch exactly the
// pages that reading their titles does. SQLite keeps its index apart, in FTS5.
if (!onSqlite) {
  // The search is a named statement, planned once per connection for every
  // value of its parameters (engine-postgres.ts). PostgreSQL may switch to
  // such a generic plan after a statement's fifth run; forced here, it must
  // still find a rare word from the GIN index alone and a common word by the
  // walk down the newest releases alone. Sequential scans and sorts are
  // priced out, as the planner rightly prefers them on the small test tables
  // (it still sorts where nothing else can serve, as for the index's matches).
  async function underGenericPlan(word: string): Promise<{ plan: string[]; ids: string[] }> {
    const statement = searchStatement(parseSearchTerms(word), { publicAt: new Date(), limit: PAGE_SIZE, offset: 0 });
    if (!statement.name) throw new Error("the search without a category is a named statement");
    const { plan, rows } = await genericPlanOf<{ rows: Array<{ id: string }> | null }>({ ...statement, name: statement.name }, ["seqscan", "sort"]);
    return { plan, ids: (rows[0]?.rows ?? []).map((r) => r.id) };
  }
  const ran = (plan: string[], step: RegExp) => plan.filter((line) => step.test(line) && !/never executed/.test(line)).length;
  const GIN = /Bitmap Index Scan on "Release_searchDocument_idx"/;
  const WALK = /Index Scan Backward using "Release_publishAt_id_status_idx"/;

  describe("the search's one plan on PostgreSQL", () => {
    it("finds a rare word from the GIN index alone, without walking the archive or reading its time index", async () => {
      const word = unique("rarefind").replace("-", "");
      const release = await makeRelease({ status: "PUBLISHED", publishAt: past, body: `<p>${word}</p>` });
      const { plan, ids } = await underGenericPlan(word);
      expect(ids).toEqual([release.id]);
      expect(ran(plan, GIN), plan.join("\n")).toBe(1);
      expect(ran(plan, WALK), plan.join("\n")).toBe(1); // the probe of the newest rows only
      expect(plan.some((line) => /BitmapAnd/.test(line)), plan.join("\n")).toBe(false);
    });

    it("finds a common word by walking the newest releases, without the GIN index", async () => {
      const word = unique("walkfind").replace("-", "");
      // The newest public releases, 10 ms apart within the last two seconds:
      // releases that earlier test files published in the last few minutes
      // must not interleave with them (one second apart, they once did, and
      // only 99 of the newest 200 had the word).
      const titles = await makeManyWith(word, MATCH_CAP + 1, "PUBLISHED", Date.now() - (MATCH_CAP + 2) * 10, 10);
      const { plan, ids } = await underGenericPlan(word);
      expect(ids).toHaveLength(PAGE_SIZE);
      expect(ran(plan, GIN), plan.join("\n")).toBe(0);
      expect(ran(plan, WALK), plan.join("\n")).toBe(2); // the probe, then the walk
      const page = await searchPublicReleases(params(word));
      expect(page.hits.map((h) => h.title)).toEqual(titles.slice(-PAGE_SIZE).reverse());
    });
  });

  describe("the full-text document on PostgreSQL", () => {
    it("is read from the release's own row, not from the TOAST table", async () => {
      const client = await db();
      // Words that do not repeat, as names and places in real releases do not,
      // so neither the body nor the document compresses much.
      const word = () => Array.from(randomBytes(7), (b) => "abcdefghijklmnopqrstuvwxyz"[b % 26]).join("");
      const ids: string[] = [];
      for (let n = 0; n < 12; n++) {
        const body = `<p>${Array.from({ length: 160 }, word).join(" ")}.</p>`;
        ids.push((await makeRelease({ status: "PUBLISHED", publishAt: past, summary: `Summary ${n}: ${Array.from({ length: 20 }, word).join(" ")}.`, body })).id);
      }

      // What the row would hold before PostgreSQL compresses or moves anything.
      const sizes = await client.$queryRawUnsafe<Array<{ size: number }>>(
        `SELECT (octet_length("title") + octet_length("summary") + octet_length("body") + pg_column_size("searchDocument"))::int AS "size" FROM "Release" WHERE "id" = ANY($1::text[])`,
        ids,
      );
      expect(sizes.every((s) => s.size > 2100), JSON.stringify(sizes)).toBe(true);

      const pagesRead = (column: "title" | "searchDocument") => pagesTouched(`SELECT sum(length("${column}")) FROM "Release" WHERE "id" = ANY($1::text[])`, [ids]);
      const titles = await pagesRead("title");
      expect(titles).toBeGreaterThan(0);
      expect(await pagesRead("searchDocument")).toBe(titles);
    });
  });
}
