import fc from "fast-check";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { describe, expect, it } from "vitest";
import { searchMainHtml, type SearchView } from "./search-html";
import type { SearchHit, SearchPage } from "./search-releases";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

// The search page's HTML is written by hand (search-html.ts); these tests read
// it back with a real HTML parser, as a browser would.
function elements(node: Node): Element[] {
  const own = "tagName" in node ? [node as Element] : [];
  const children = "childNodes" in node ? node.childNodes.flatMap(elements) : [];
  return [...own, ...children];
}
const text = (node: Node): string => ("value" in node && node.nodeName === "#text" ? node.value : "childNodes" in node ? node.childNodes.map(text).join("") : "");
const attr = (el: Element | undefined, name: string) => el?.attrs.find((a) => a.name === name)?.value;
const parse = (html: string) => elements(parseFragment(html) as unknown as Node);

const ZONE = "Europe/London";
function hit(n: number, over: Partial<SearchHit> = {}): SearchHit {
  return {
    id: `r${n}`,
    slug: `release-${n}`,
    title: `Release ${n}`,
    status: "PUBLISHED",
    publishAt: new Date(Date.UTC(2026, 10, n, 12)),
    category: { name: "Statements", slug: "statements" },
    snippet: [{ text: "about ", match: false }, { text: "visa", match: true }],
    ...over,
  };
}
function view(over: Partial<SearchView> = {}, result: Partial<SearchPage> = {}): SearchView {
  return {
    params: { q: "visa", page: 1 },
    result: { hits: [hit(1), hit(2)], total: 2, capped: false, order: "relevance", page: 1, pageCount: 1, ...result },
    categories: [
      { slug: "statements", name: "Statements" },
      { slug: "media-questions", name: "Replies to media questions" },
    ],
    years: [2026, 2025],
    zone: ZONE,
    ...over,
  };
}

describe("the search page's HTML", () => {
  it("keeps the reader's words, category and year in the form", () => {
    const els = parse(searchMainHtml(view({ params: { q: "visa applications", category: "media-questions", year: 2025, page: 1 } })));
    expect(attr(els.find((e) => attr(e, "name") === "q"), "value")).toBe("visa applications");
    const selected = els.filter((e) => e.tagName === "option" && attr(e, "selected") !== undefined).map((e) => attr(e, "value"));
    expect(selected).toEqual(["media-questions", "2025"]);
    // Each control is named by its label's own text.
    expect(els.filter((e) => e.tagName === "label").map((l) => text(l.childNodes[0]!))).toEqual(["Search for", "Category", "Year"]);
  });

  it("lists each hit with its date, category, link and highlighted words", () => {
    const els = parse(searchMainHtml(view()));
    const items = els.filter((e) => e.tagName === "li");
    expect(items).toHaveLength(2);
    expect(text(items[0]!)).toBe("01.11.2026 · StatementsRelease 1about visa");
    expect(attr(elements(items[0]!).find((e) => e.tagName === "a"), "href")).toBe("/news/release-1");
    expect(els.filter((e) => e.tagName === "mark").map(text)).toEqual(["visa", "visa"]);
    expect(els.some((e) => e.tagName === "nav")).toBe(false);
  });

  it("says when nothing matches, and shows no results section before a search", () => {
    expect(text(parseFragment(searchMainHtml(view({}, { hits: [], total: 0 }))) as unknown as Node)).toContain("No public releases match “visa”.");
    const blank = parse(searchMainHtml(view({ params: { q: "  ", page: 1 }, result: null })));
    expect(text(blank.find((e) => e.tagName === "section")!)).toBe("");
  });

  it("links the pages before and after, keeping the filters", () => {
    const params = { q: "visa & more", category: "statements", year: 2026, page: 2 };
    const els = parse(searchMainHtml(view({ params }, { page: 2, pageCount: 3, total: 25 })));
    const nav = els.find((e) => e.tagName === "nav");
    expect(attr(nav, "aria-label")).toBe("Search result pages");
    const links = elements(nav!).filter((e) => e.tagName === "a").map((a) => [text(a), attr(a, "href")]);
    expect(links).toEqual([
      ["Previous page", "/search?q=visa+%26+more&category=statements&year=2026"],
      ["Next page", "/search?q=visa+%26+more&category=statements&year=2026&page=3"],
    ]);
    expect(text(nav!)).toContain("Page 2 of 3");
  });

  it("past the last page, says where the results end and links there", () => {
    const els = parse(searchMainHtml(view({ params: { q: "visa", page: 9 } }, { hits: [], total: 25, page: 9, pageCount: 3 })));
    const link = els.find((e) => e.tagName === "a");
    expect([text(link!), attr(link, "href")]).toEqual(["Go to page 3", "/search?q=visa&page=3"]);
  });

  it("shows any text as text: words, titles, categories and snippets never become markup", () => {
    const hostile = fc.string({ unit: fc.constantFrom("<", ">", "&", '"', "'", "/", "=", " ", "a", "b", "script", "img", "onerror", "é", "“") });
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (q, title, category, snippet) => {
        const h = hit(1, { title, category: { name: category, slug: "statements" }, snippet: [{ text: snippet, match: true }] });
        const els = parse(searchMainHtml(view({ params: { q, page: 1 }, categories: [{ slug: "statements", name: category }] }, { hits: [h], total: 1 })));
        const tags = [...new Set(els.map((e) => e.tagName))].sort();
        expect(tags).toEqual(["a", "button", "form", "h1", "h2", "input", "label", "li", "mark", "ol", "option", "p", "section", "select"].filter((t) => q.trim() !== "" || !["a", "h2", "li", "mark", "ol", "p"].includes(t)));
        expect(attr(els.find((e) => e.tagName === "input"), "value")).toBe(q);
        const options = els.filter((e) => e.tagName === "option");
        expect(text(options[1]!)).toBe(category);
        if (q.trim() === "") return;
        expect(text(els.find((e) => e.tagName === "h2")!)).toBe(title);
        expect(text(els.find((e) => e.tagName === "mark")!)).toBe(snippet);
        expect(text(els.find((e) => e.tagName === "li")!.childNodes[0]!)).toBe(`01.11.2026 · ${category}`);
      }),
    );
  });
});
