// Text handling for the feed documents, for what the `feed` library (and
// xml-js under it) leaves to the caller.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

// XML 1.0 allows only tab, newline, carriage return and U+0020 upwards minus
// surrogates, U+FFFE and U+FFFF, even inside CDATA; a control character pasted
// into a title would make the whole feed unreadable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(text: string): string {
  return text.replace(NOT_XML_CHAR, "");
}

// For a value the library writes as CDATA. xml-js splits only the first "]]>"
// of a CDATA section (String.replace with a string), so a second one would end
// the section early and break the document. Splitting every later one here
// leaves exactly one for xml-js to split. build-feed.test.ts guards this.
export function cdataText(text: string): string {
  const clean = xmlText(text);
  const first = clean.indexOf("]]>");
  if (first === -1) return clean;
  const head = clean.slice(0, first + 3);
  return head + clean.slice(first + 3).replaceAll("]]>", "]]]]><![CDATA[>");
}
