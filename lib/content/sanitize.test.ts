import { describe, expect, it } from "vitest";
import { bodyText, sanitizeBody } from "./sanitize";

describe("sanitizeBody", () => {
  it("keeps the tags the editor produces", () => {
    const html = "<h2>Head</h2><p><strong>b</strong> <em>i</em></p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote><p>q</p></blockquote>";
    expect(sanitizeBody(html)).toBe(html);
  });

  it("removes scripts with their content", () => {
    expect(sanitizeBody('<p>a</p><script>alert("x")</script>')).toBe("<p>a</p>");
  });

  it("removes on* event handlers", () => {
    expect(sanitizeBody('<p onclick="steal()">a</p><img src="x" onerror="steal()">')).toBe("<p>a</p>");
  });

  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", " javascript:alert(1)"])(
    "drops a %s link target",
    (href) => {
      expect(sanitizeBody(`<p><a href="${href}">click</a></p>`)).not.toMatch(/javascript|data:/i);
      expect(sanitizeBody(`<p><a href="${href}">click</a></p>`)).toContain("click");
    },
  );

  it("removes style attributes and style elements", () => {
    expect(sanitizeBody('<style>p{}</style><p style="color:red">a</p>')).toBe("<p>a</p>");
  });

  it("removes iframes, objects and embeds", () => {
    expect(sanitizeBody('<p>a</p><iframe src="https://evil.example"></iframe><object data="x"></object><embed src="y">')).toBe("<p>a</p>");
  });

  it("gives links rel=noopener noreferrer and keeps the address", () => {
    expect(sanitizeBody('<p><a href="https://example.org/x" target="_blank" rel="opener">x</a></p>')).toBe(
      '<p><a href="https://example.org/x" rel="noopener noreferrer">x</a></p>',
    );
  });

  it("keeps mailto links", () => {
    expect(sanitizeBody('<a href="mailto:press@embassy.example">mail</a>')).toContain('href="mailto:press@embassy.example"');
  });
});

describe("bodyText", () => {
  it("gives one line per block", () => {
    expect(bodyText("<p>One &amp; two</p><p>Three</p>")).toBe("One & two\nThree");
  });
});
