import { describe, expect, it } from "vitest";
import { sanitizeBody } from "@/lib/content/sanitize";
import { db } from "@/lib/server/db";
import { makeAuthor, makeRelease, unique } from "@/tests/support/factories";
import { GET as atomRoute } from "@/app/atom.xml/route";
import { GET as jsonRoute } from "@/app/feed.json/route";
import { GET as rssRoute } from "@/app/feed.xml/route";
import { GET as categoryAtomRoute } from "@/app/(public)/news/category/[slug]/atom.xml/route";
import { GET as categoryJsonRoute } from "@/app/(public)/news/category/[slug]/feed.json/route";
import { GET as categoryRssRoute } from "@/app/(public)/news/category/[slug]/feed.xml/route";
import { checkAtom, checkJsonFeed, checkRss, readItems } from "./feed-spec";

// What press officers really type: ampersands, angle brackets, quotes, the
// CDATA terminator (twice), Cyrillic, emoji, and a pasted control character
// (U+0008), which XML cannot carry and the feed drops.
const HOSTILE_TITLE = `R&D <b>not bold</b> "quoted" ]]> and ]]> again — Ответ посольства 🎉\u0008`;
const SHOWN_TITLE = HOSTILE_TITLE.replace("\u0008", "");
const HOSTILE_SUMMARY = `5 < 6 & "seven" > 4 <script>alert(1)</script> — Кратко 😀`;
const HOSTILE_BODY = sanitizeBody(`<p>Fish &amp; chips &lt;3 — «кавычки» 🐟&nbsp;and <a href="https://example.org/?a=1&b=2">a link</a></p><script>alert(1)</script>`);

async function hostileRelease() {
  const client = await db();
  const category = await client.category.create({ data: { name: `Q&A <Replies> "quoted" — Ответы 🎙 ${unique("c")}`, slug: unique("hostile"), description: "Replies & <comments>" } });
  const author = await makeAuthor(`O'Brien & <Sons> — Пресс-атташе`);
  const release = await makeRelease({ status: "PUBLISHED", publishAt: new Date(Date.now() - 1000), title: HOSTILE_TITLE, summary: HOSTILE_SUMMARY, body: HOSTILE_BODY, categoryId: category.id, authorId: author.id });
  await client.release.update({ where: { id: release.id }, data: { question: `Is 1 < 2 & "true"? — Вопрос` } });
  return { category, release };
}

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("the feeds are valid against their specifications", () => {
  it("RSS 2.0, Atom and JSON Feed 1.1, site-wide and per category, carry hostile text intact", async () => {
    const { category, release } = await hostileRelease();
    const url = `/news/${release.slug}`;
    const routes = [
      { format: "rss", check: checkRss, type: "application/rss+xml", site: rssRoute, category: categoryRssRoute },
      { format: "atom", check: checkAtom, type: "application/atom+xml", site: atomRoute, category: categoryAtomRoute },
      { format: "json", check: checkJsonFeed, type: "application/feed+json", site: jsonRoute, category: categoryJsonRoute },
    ] as const;
    for (const route of routes) {
      for (const response of [await route.site(), await route.category(new Request("http://x"), params(category.slug))]) {
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toContain(route.type);
        const body = await response.text();
        expect(route.check(body), `${route.format}: ${body.slice(0, 400)}`).toEqual([]);
        const item = readItems(route.format, body).find((i) => i.link.endsWith(url));
        expect(item, `${route.format} lists the release`).toBeDefined();
        expect(item?.title).toBe(SHOWN_TITLE);
        expect(item?.contentHtml).toContain(HOSTILE_BODY);
        expect(item?.contentHtml).toContain("<strong>Question:</strong> Is 1 &lt; 2 &amp; &quot;true&quot;? — Вопрос");
        expect(item?.contentHtml).not.toContain("<script");
        // The summary is plain text: escaped where the format reads it as HTML
        // (RSS description, Atom type="html"), kept as it is in JSON Feed. The
        // reader shows the characters typed, and no tag ever reaches it.
        expect(item?.summary).toBe(HOSTILE_SUMMARY);
        if (route.format === "json") expect(item?.summaryHtml).toBeNull();
        else expect(item?.summaryHtml).not.toContain("<script");
      }
    }
  });

  it("a category feed of an unknown category answers 404", async () => {
    const response = await categoryRssRoute(new Request("http://x"), params("no-such-category"));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("No such category.");
  });

  it("the checks themselves reject what the specifications forbid", () => {
    const rss = (item: string) =>
      `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title><link>https://e.org/</link><description>D</description>${item}</channel></rss>`;
    const goodItem = "<item><title>A</title><guid isPermaLink=\"false\">x</guid><pubDate>Wed, 02 Dec 2026 00:52:32 GMT</pubDate></item>";
    expect(checkRss(rss(goodItem))).toEqual([]);
    expect(checkRss(rss("<item><title>Fish &nbsp; chips</title></item>")).join()).toMatch(/not well-formed/);
    expect(checkRss(rss("<item><title>A & B</title></item>")).join()).toMatch(/not well-formed/);
    expect(checkRss(rss("<item><title><![CDATA[a ]]> b ]]></title></item>")).join()).toMatch(/not well-formed/);
    expect(checkRss(rss("<item><dc:creator>x</dc:creator></item>")).join()).toMatch(/not well-formed|Unbound/);
    expect(checkRss(rss("<item><title>A</title><guid>x</guid><pubDate>2026-12-02T00:52:32Z</pubDate></item>")).join()).toMatch(/RFC 822.*|permalink/);
    expect(checkRss(rss("<item><title>\u0008</title></item>")).join()).toMatch(/does not allow/);
    expect(checkRss(rss("<item><link>/news/x</link></item>")).join()).toMatch(/title or a description.*|absolute/);
    const atom = (entry: string, head = "<id>https://e.org/</id><title>T</title><updated>2026-12-02T00:00:00Z</updated><link rel=\"self\" href=\"https://e.org/atom.xml\"/>") =>
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">${head}${entry}</feed>`;
    const goodEntry = "<entry><id>https://e.org/a</id><title>A</title><updated>2026-12-02T00:00:00Z</updated><link href=\"https://e.org/a\"/><author><name>N</name></author></entry>";
    expect(checkAtom(atom(goodEntry))).toEqual([]);
    expect(checkAtom(atom(goodEntry, "<title>T</title>")).join()).toMatch(/atom:id.*atom:updated/);
    expect(checkAtom(atom(goodEntry.replace("<author><name>N</name></author>", ""))).join()).toMatch(/no author/);
    expect(checkAtom(atom(goodEntry.replace("2026-12-02T00:00:00Z", "Wed, 02 Dec 2026 00:00:00 GMT"))).join()).toMatch(/RFC 3339/);
    expect(checkAtom(atom(goodEntry).replace(' xmlns="http://www.w3.org/2005/Atom"', "")).join()).toMatch(/Atom namespace/);
    const json = (item: object, version = "https://jsonfeed.org/version/1.1") => JSON.stringify({ version, title: "T", items: [item] });
    const goodJson = { id: "a", content_html: "<p>x</p>", date_published: "2026-12-02T00:00:00Z" };
    expect(checkJsonFeed(json(goodJson))).toEqual([]);
    expect(checkJsonFeed(json(goodJson, "https://jsonfeed.org/version/1")).join()).toMatch(/version/);
    expect(checkJsonFeed(json({ id: "a", date_published: "2026-12-02" })).join()).toMatch(/content_html.*RFC 3339/);
  });
});
