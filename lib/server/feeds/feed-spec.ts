import sax from "sax";

// A check of feed documents against their specifications, for the tests (Vitest
// on the builder, Playwright on the served routes): no network, so no online
// validator. XML is read by sax in strict mode with namespaces and only XML's
// five entities, so ill-formed markup, an undeclared entity or an unbound
// prefix is an error. Each check returns the problems found; [] means valid.
//   RSS 2.0: https://www.rssboard.org/rss-specification
//   Atom: RFC 4287; dates RFC 3339
//   JSON Feed 1.1: https://www.jsonfeed.org/version/1.1/

export type XmlNode = { name: string; local: string; uri: string; attributes: Record<string, string>; children: XmlNode[]; text: string };

const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

export function parseXml(document: string): XmlNode {
  if (!XML_CHARS.test(document)) throw new Error("the document contains a character XML 1.0 does not allow");
  // "]]>" may end a CDATA section and nothing else (XML 1.0 CharData); sax lets
  // a stray one through, so it is looked for in the raw text outside CDATA.
  if (document.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").includes("]]>")) throw new Error('not well-formed XML: "]]>" outside a CDATA section');
  const parser = sax.parser(true, { xmlns: true, strictEntities: true });
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  let declaration = "";
  parser.onerror = (error) => {
    throw new Error(`not well-formed XML: ${error.message.split("\n").join(" ")}`);
  };
  parser.ondoctype = () => {
    throw new Error("a DOCTYPE (and with it entity declarations) has no place in a feed");
  };
  parser.onprocessinginstruction = (pi) => {
    if (pi.name === "xml") declaration = pi.body;
  };
  parser.onopentag = (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) attributes[attribute.name] = attribute.value;
    const node: XmlNode = { name: tag.name, local: tag.local, uri: tag.uri, attributes, children: [], text: "" };
    stack.at(-1)?.children.push(node);
    root ??= node;
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = parser.oncdata = (text) => {
    const node = stack.at(-1);
    if (node) node.text += text;
  };
  parser.write(document).close();
  if (!root) throw new Error("no root element");
  if (!/encoding=["']utf-8["']/i.test(declaration)) throw new Error("the XML declaration should name encoding utf-8");
  return root;
}

const RSS_DATE = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}|\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;

export const isRfc822Date = (value: string) => RSS_DATE.test(value) && !Number.isNaN(Date.parse(value));
export const isRfc3339Date = (value: string) => RFC3339.test(value) && !Number.isNaN(Date.parse(value));

function isAbsoluteUrl(value: string | undefined): boolean {
  if (!value) return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const kids = (node: XmlNode, local: string, uri = "") => node.children.filter((c) => c.local === local && c.uri === uri);
const ATOM = "http://www.w3.org/2005/Atom";

export function checkRss(document: string): string[] {
  const problems: string[] = [];
  let root: XmlNode;
  try {
    root = parseXml(document);
  } catch (error) {
    return [(error as Error).message];
  }
  if (root.name !== "rss" || root.attributes.version !== "2.0") problems.push('the root must be <rss version="2.0">');
  const channels = kids(root, "channel");
  if (channels.length !== 1) return [...problems, "an RSS document has exactly one <channel>"];
  const channel = channels[0]!;
  for (const name of ["title", "link", "description"]) if (kids(channel, name).length !== 1) problems.push(`the channel needs exactly one <${name}>`);
  if (!kids(channel, "title")[0]?.text.trim()) problems.push("the channel title is empty");
  if (!isAbsoluteUrl(kids(channel, "link")[0]?.text.trim())) problems.push("the channel link must be an absolute URL");
  for (const name of ["pubDate", "lastBuildDate"]) {
    const date = kids(channel, name)[0];
    if (date && !isRfc822Date(date.text.trim())) problems.push(`channel ${name} is not an RFC 822 date: ${date.text}`);
  }
  kids(channel, "item").forEach((item, i) => {
    const at = `item ${i + 1}`;
    if (!kids(item, "title")[0]?.text && !kids(item, "description")[0]?.text) problems.push(`${at} needs a title or a description`);
    const pubDate = kids(item, "pubDate")[0];
    if (!pubDate) problems.push(`${at} has no pubDate`);
    else if (!isRfc822Date(pubDate.text.trim())) problems.push(`${at} pubDate is not an RFC 822 date: ${pubDate.text}`);
    const guid = kids(item, "guid")[0];
    if (!guid?.text.trim()) problems.push(`${at} has no guid`);
    else if (guid.attributes.isPermaLink !== "false" && !isAbsoluteUrl(guid.text.trim())) problems.push(`${at} guid is a permalink but not a URL`);
    const link = kids(item, "link")[0];
    if (link && !isAbsoluteUrl(link.text.trim())) problems.push(`${at} link must be an absolute URL`);
    for (const author of kids(item, "author")) if (!/^\S+@\S+/.test(author.text.trim())) problems.push(`${at} <author> must be an e-mail address`);
  });
  return problems;
}

function checkAtomText(node: XmlNode | undefined, what: string, problems: string[]) {
  if (!node) return;
  const type = node.attributes.type ?? "text";
  if (!["text", "html", "xhtml"].includes(type)) problems.push(`${what} has an unknown type ${type}`);
}

export function checkAtom(document: string): string[] {
  const problems: string[] = [];
  let feed: XmlNode;
  try {
    feed = parseXml(document);
  } catch (error) {
    return [(error as Error).message];
  }
  if (feed.local !== "feed" || feed.uri !== ATOM) return ["the root must be <feed> in the Atom namespace (xmlns=\"http://www.w3.org/2005/Atom\")"];
  for (const name of ["id", "title", "updated"]) if (kids(feed, name, ATOM).length !== 1) problems.push(`the feed needs exactly one atom:${name}`);
  if (!isAbsoluteUrl(kids(feed, "id", ATOM)[0]?.text.trim())) problems.push("the feed id must be an absolute IRI");
  const updated = kids(feed, "updated", ATOM)[0]?.text.trim() ?? "";
  if (!isRfc3339Date(updated)) problems.push(`the feed updated is not an RFC 3339 date: ${updated}`);
  checkAtomText(kids(feed, "title", ATOM)[0], "the feed title", problems);
  if (!kids(feed, "link", ATOM).some((l) => l.attributes.rel === "self")) problems.push("the feed should have a link rel=self");
  const feedHasAuthor = kids(feed, "author", ATOM).some((a) => kids(a, "name", ATOM)[0]?.text.trim());
  kids(feed, "entry", ATOM).forEach((entry, i) => {
    const at = `entry ${i + 1}`;
    for (const name of ["id", "title", "updated"]) if (kids(entry, name, ATOM).length !== 1) problems.push(`${at} needs exactly one atom:${name}`);
    if (!isAbsoluteUrl(kids(entry, "id", ATOM)[0]?.text.trim())) problems.push(`${at} id must be an absolute IRI`);
    for (const name of ["updated", "published"]) {
      const date = kids(entry, name, ATOM)[0];
      if (date && !isRfc3339Date(date.text.trim())) problems.push(`${at} ${name} is not an RFC 3339 date: ${date.text}`);
    }
    checkAtomText(kids(entry, "title", ATOM)[0], `${at} title`, problems);
    checkAtomText(kids(entry, "summary", ATOM)[0], `${at} summary`, problems);
    const alternates = kids(entry, "link", ATOM).filter((l) => (l.attributes.rel ?? "alternate") === "alternate");
    if (alternates.length !== 1 || !isAbsoluteUrl(alternates[0]?.attributes.href)) problems.push(`${at} needs one link rel=alternate with an absolute href`);
    if (!feedHasAuthor && !kids(entry, "author", ATOM).some((a) => kids(a, "name", ATOM)[0]?.text.trim())) problems.push(`${at} has no author, and neither has the feed`);
  });
  return problems;
}

type JsonItem = Record<string, unknown>;

export function checkJsonFeed(document: string): string[] {
  const problems: string[] = [];
  let feed: Record<string, unknown>;
  try {
    feed = JSON.parse(document) as Record<string, unknown>;
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  if (feed.version !== "https://jsonfeed.org/version/1.1") problems.push(`version must be https://jsonfeed.org/version/1.1, not ${String(feed.version)}`);
  if (typeof feed.title !== "string" || !feed.title.trim()) problems.push("title is required");
  for (const key of ["home_page_url", "feed_url"]) if (key in feed && !isAbsoluteUrl(feed[key] as string)) problems.push(`${key} must be an absolute URL`);
  if (!Array.isArray(feed.items)) return [...problems, "items must be an array"];
  const ids = new Set<string>();
  (feed.items as JsonItem[]).forEach((item, i) => {
    const at = `item ${i + 1}`;
    if (typeof item.id !== "string" || !item.id) problems.push(`${at} needs a string id`);
    else if (ids.has(item.id)) problems.push(`${at} repeats id ${item.id}`);
    else ids.add(item.id);
    if (typeof item.content_html !== "string" && typeof item.content_text !== "string") problems.push(`${at} needs content_html or content_text`);
    if (typeof item.date_published !== "string" || !isRfc3339Date(item.date_published)) problems.push(`${at} date_published must be an RFC 3339 date`);
    if ("date_modified" in item && (typeof item.date_modified !== "string" || !isRfc3339Date(item.date_modified))) problems.push(`${at} date_modified must be an RFC 3339 date`);
    if ("url" in item && !isAbsoluteUrl(item.url as string)) problems.push(`${at} url must be an absolute URL`);
    if ("authors" in item && !(Array.isArray(item.authors) && item.authors.every((a: unknown) => typeof a === "object" && a !== null))) problems.push(`${at} authors must be an array of objects`);
  });
  return problems;
}

// What a reader would show for each entry, read back from the document, so a
// test can compare it with what the newsroom wrote.
// `summary` is the summary as a reader shows it: RSS descriptions and Atom's
// type="html" summaries are HTML and are decoded to text here, so markup a
// press officer typed comes back as the same characters, never as tags.
export type ReadItem = { title: string; link: string; contentHtml: string; summary: string; summaryHtml: string | null };

function decodeHtmlText(html: string): string {
  return html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

export function readItems(format: "rss" | "atom" | "json", document: string): ReadItem[] {
  if (format === "json") {
    const feed = JSON.parse(document) as { items: { title?: string; url?: string; content_html?: string; summary?: string }[] };
    return feed.items.map((i) => ({ title: i.title ?? "", link: i.url ?? "", contentHtml: i.content_html ?? "", summary: i.summary ?? "", summaryHtml: null }));
  }
  const root = parseXml(document);
  if (format === "rss") {
    const CONTENT = "http://purl.org/rss/1.0/modules/content/";
    return kids(kids(root, "channel")[0]!, "item").map((item) => {
      const description = kids(item, "description")[0]?.text ?? "";
      return {
        title: kids(item, "title")[0]?.text ?? "",
        link: kids(item, "link")[0]?.text.trim() ?? "",
        contentHtml: kids(item, "encoded", CONTENT)[0]?.text ?? "",
        summary: decodeHtmlText(description),
        summaryHtml: description,
      };
    });
  }
  return kids(root, "entry", ATOM).map((entry) => {
    const title = kids(entry, "title", ATOM)[0];
    const summary = kids(entry, "summary", ATOM)[0];
    const summaryIsHtml = summary?.attributes.type === "html";
    return {
      title: title?.attributes.type === "html" ? decodeHtmlText(title.text) : (title?.text ?? ""),
      summary: summaryIsHtml ? decodeHtmlText(summary.text) : (summary?.text ?? ""),
      summaryHtml: summaryIsHtml ? summary.text : null,
      link: kids(entry, "link", ATOM).find((l) => (l.attributes.rel ?? "alternate") === "alternate")?.attributes.href ?? "",
      contentHtml: kids(entry, "content", ATOM)[0]?.text ?? "",
    };
  });
}
