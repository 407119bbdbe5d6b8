// Engines mark matches with these control characters; the page turns them
// into <mark> elements after escaping, so no HTML from the body is trusted.
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export type SnippetPart = { text: string; match: boolean };

export function snippetParts(raw: string): SnippetPart[] {
  // The snippet may cut through a tag of the HTML body: drop whole and broken tags.
  const text = raw.replace(/<[^>]*>/g, " ").replace(/^[^<]*?>/, "").replace(/<[^>]*$/, "").replace(/\s+/g, " ").trim();
  const parts: SnippetPart[] = [];
  const pattern = new RegExp(`${MARK_START}([^${MARK_END}]*)${MARK_END}`, "g");
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? "", match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts.map((p) => ({ ...p, text: p.text.replaceAll(MARK_START, "").replaceAll(MARK_END, "") }));
}
