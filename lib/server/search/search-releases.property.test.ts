import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileObject } from "@/tests/security/hostile";
import { searchParamsSchema } from "./search-releases";

// A search never refuses: a bad parameter falls back to its default.
describe("searchParamsSchema", () => {
  it("always parses, whatever the query string holds", () => {
    fc.assert(
      fc.property(hostileObject(["q", "category", "year", "page"]), (value) => {
        expect(searchParamsSchema.safeParse(value).success).toBe(true);
      }),
    );
  });
});
