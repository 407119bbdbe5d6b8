import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertSchemaRefusesPolitely, hostileString } from "@/tests/security/hostile";
import { envSchema } from "./env";

// The environment holds only strings; a bad one must stop start-up with a line an operator understands.
describe("envSchema", () => {
  it("refuses politely", () =>
    assertSchemaRefusesPolitely(envSchema, fc.record({ DATABASE_URL: hostileString, NEXTAUTH_SECRET: hostileString, SITE_URL: hostileString, TRUST_PROXY: hostileString, NODE_ENV: hostileString, PRESSROOM_SEARCH_CONCURRENCY: hostileString }, { requiredKeys: [] })));
});

describe("PRESSROOM_SEARCH_CONCURRENCY", () => {
  it("defaults to 4 and takes a whole number from 1 to 64, refusing anything else in words", () => {
    expect(envSchema.parse({}).PRESSROOM_SEARCH_CONCURRENCY).toBe(4);
    expect(envSchema.parse({ PRESSROOM_SEARCH_CONCURRENCY: "2" }).PRESSROOM_SEARCH_CONCURRENCY).toBe(2);
    for (const bad of ["0", "65", "1.5", "many"]) {
      const result = envSchema.safeParse({ PRESSROOM_SEARCH_CONCURRENCY: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message, bad).toMatch(/PRESSROOM_SEARCH_CONCURRENCY must be a whole number from 1 to 64|Enter a number/);
    }
  });
});
