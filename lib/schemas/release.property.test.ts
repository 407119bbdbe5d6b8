import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSchemaRefusesPolitely, expectHumanIssues, hostileObject, hostileValue } from "@/tests/security/hostile";
import {
  correctionSchema,
  recordIdSchema,
  releaseContentSchema,
  releaseListSchema,
  restoreRequestSchema,
  versionSchema,
  withdrawSchema,
  workflowRequestSchema,
} from "./release";

const CONTENT_KEYS = ["title", "slug", "categoryId", "authorId", "summary", "body", "question", "featured", "publishAt", "changeSlug"];

describe("releaseContentSchema", () => {
  it("refuses any hostile value with a human message and never throws", () => {
    assertSchemaRefusesPolitely(releaseContentSchema, fc.oneof(hostileValue, hostileObject(CONTENT_KEYS)));
  });
  it("a valid release with one hostile field is refused on that field, or accepted as a string", () => {
    const valid = { title: "Statement", categoryId: "c1", authorId: "a1" };
    fc.assert(
      fc.property(fc.constantFrom(...CONTENT_KEYS), hostileValue, (key, value) => {
        const result = releaseContentSchema.safeParse({ ...valid, [key]: value });
        expectHumanIssues(result);
        if (!result.success) expect(result.error.issues.every((i) => i.path[0] === key)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

// optionalDate is the publishAt field's rule.
describe("optionalDate", () => {
  const valid = { title: "Statement", categoryId: "c1", authorId: "a1" };
  it("accepts a real instant and refuses anything else in plain words", () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.date({ noInvalidDate: false }), fc.string().map((s) => `2026-02-${s}`)), (publishAt) => {
        const result = releaseContentSchema.safeParse({ ...valid, publishAt });
        expectHumanIssues(result);
        if (result.success && result.data.publishAt) expect(Number.isNaN(result.data.publishAt.getTime())).toBe(false);
      }),
    );
  });
});

describe("versionSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(versionSchema, hostileValue));
});
describe("withdrawSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(withdrawSchema, fc.oneof(hostileValue, hostileObject(["reason"]))));
});
describe("correctionSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(correctionSchema, fc.oneof(hostileValue, hostileObject(["note"]))));
});
describe("releaseListSchema", () => {
  // A list filter never refuses: a bad value falls back to its default.
  it("always parses, whatever the query string holds", () => {
    fc.assert(fc.property(hostileObject(["status", "category", "author", "q", "sort", "page"]), (value) => {
      expect(releaseListSchema.safeParse(value).success).toBe(true);
    }));;
  });
});
describe("recordIdSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(recordIdSchema, hostileValue));
});
describe("workflowRequestSchema", () => {
  it("refuses politely", () =>
    assertSchemaRefusesPolitely(workflowRequestSchema, fc.oneof(hostileValue, hostileObject(["kind", "reason", "local", "zone", "note", "content"]), fc.record({ kind: fc.constantFrom("submit", "withdraw", "schedule", "correct", "delete"), reason: hostileValue, local: hostileValue, zone: hostileValue, note: hostileValue, content: hostileValue }))));
});
describe("restoreRequestSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(restoreRequestSchema, fc.oneof(hostileValue, hostileObject(["releaseId", "revisionId", "version"]))));
});
