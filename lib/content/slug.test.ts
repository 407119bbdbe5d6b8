import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug";

describe("slugify", () => {
  it("makes a lower-case, dash-separated slug from a title", () => {
    expect(slugify("Embassy Press Officer's reply to a media question on visas")).toBe("embassy-press-officers-reply-to-a-media-question-on-visas");
  });

  it("transliterates Cyrillic and drops accents", () => {
    expect(slugify("Заявление МИД — Café")).toBe("zayavlenie-mid-cafe");
  });

  it("cuts long titles at a word boundary within the limit", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("returns an empty string for a title with no letters or digits", () => {
    expect(slugify("!!! — ???")).toBe("");
  });
});
