import fc from "fast-check";
import { describe, it } from "vitest";
import { assertSchemaRefusesPolitely, hostileString } from "@/tests/security/hostile";
import { envSchema } from "./env";

// The environment holds only strings; a bad one must stop start-up with a line an operator understands.
describe("envSchema", () => {
  it("refuses politely", () =>
    assertSchemaRefusesPolitely(envSchema, fc.record({ DATABASE_URL: hostileString, NEXTAUTH_SECRET: hostileString, SITE_URL: hostileString, TRUST_PROXY: hostileString, NODE_ENV: hostileString }, { requiredKeys: [] })));
});
