import sanitizeHtml from "sanitize-html";

// The allowlist for release bodies: what the editor toolbar can produce and
// nothing else. Anything outside it (scripts, event handlers, styles, frames,
// javascript:/data: links) is dropped before the body is stored.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "s", "ul", "ol", "li", "a", "blockquote", "code", "pre", "hr"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed"],
  transformTags: {
    h1: "h2",
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...attribs, rel: "noopener noreferrer" },
    }),
  },
  exclusiveFilter: (frame) => frame.tag === "a" && !frame.attribs.href && !frame.text.trim(),
};

// rel is added by transformTags after attribute filtering, so it is allowed here.
OPTIONS.allowedAttributes = { a: ["href", "rel"] };

export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

// Plain text of a body, for diffs and summaries.
export function bodyText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|blockquote)>/g, "$&\n").replace(/<br\s*\/?>/g, "\n"), {
    allowedTags: [],
    allowedAttributes: {},
  })
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
