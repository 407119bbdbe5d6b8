import { describe, expect, it } from "vitest";
import { capNote, resultSummary } from "./summary";

describe("the search page's count", () => {
  it("gives an exact count under the cap", () => {
    expect(resultSummary({ total: 1, capped: false })).toBe("1 result");
    expect(resultSummary({ total: 1000, capped: false })).toBe("1,000 results");
    expect(capNote({ total: 1000, capped: false })).toBeNull();
  });

  it("says “more than” when the count stopped at the cap, and why the pages end", () => {
    expect(resultSummary({ total: 1000, capped: true })).toBe("More than 1,000 results, most recent first");
    expect(capNote({ total: 1000, capped: true })).toMatch(/^Only the 1,000 most recent can be shown\. Add words/);
  });
});
