import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";

// Input an attacker or a broken client might send: any JSON-ish value, strings
// with control characters and lone surrogates, enormous strings, look-alike
// objects and prototype keys.
const controlString = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const anyUnicode = fc.string({ unit: "binary", maxLength: 80 });
const huge = fc.constantFrom("x".repeat(600_000), "<p>".repeat(200_000), "\u0000".repeat(70_000), "é".repeat(300_001), " ".repeat(100_000));
export const hostileString = fc.oneof(fc.string(), controlString, anyUnicode, huge, fc.constantFrom("", " ", "__proto__", "constructor", "null", "undefined", "NaN", "2026-02-30T25:61", "Mars/Olympus_Mons", "1e400", "-0"));
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true, stringUnit: "binary" }),
  hostileString,
  fc.constantFrom(null, undefined, NaN, Infinity, -1, 0, 1e21, true, new Date(Number.NaN), [], {}, Symbol("x")),
);

// An object shaped like `keys` whose values are hostile, plus unknown keys.
export function hostileObject(keys: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] }).chain((base) =>
    fc.dictionary(hostileString.filter((k) => k.length < 30), hostileValue, { maxKeys: 3 }).map((extra) => ({ ...extra, ...base })),
  );
}

// Words a reader can act on: no zod jargon, no stack trace, no SQL.
export function isHumanMessage(message: unknown): boolean {
  return (
    typeof message === "string" &&
    message.trim().length > 0 &&
    message.length <= 300 &&
    !/Invalid input|expected [a-z]+, received|Invalid option|invalid_type|received undefined|is undefined|received NaN|\[object |prisma|SQL|constraint|Error:|\n\s+at /i.test(message)
  );
}

export function expectHumanIssues(result: z.ZodSafeParseResult<unknown>): void {
  if (result.success) return;
  const messages = result.error.issues.map((issue) => issue.message);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) expect(message, JSON.stringify(result.error.issues[0]?.path)).toSatisfy(isHumanMessage);
}

// safeParse on a hostile value: never throws, and a refusal says something human.
export function assertSchemaRefusesPolitely(schema: z.ZodType, input: fc.Arbitrary<unknown>, runs = 300): void {
  fc.assert(
    fc.property(input, (value) => {
      let result: z.ZodSafeParseResult<unknown>;
      try {
        result = schema.safeParse(value);
      } catch (error) {
        throw new Error(`safeParse threw ${String(error)}`);
      }
      expectHumanIssues(result);
    }),
    { numRuns: runs },
  );
}
