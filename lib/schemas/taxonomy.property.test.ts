import fc from "fast-check";
import { describe, it } from "vitest";
import { assertSchemaRefusesPolitely, hostileObject, hostileValue } from "@/tests/security/hostile";
import { authorSchema, categorySchema, moveSchema } from "./taxonomy";

describe("categorySchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(categorySchema, fc.oneof(hostileValue, hostileObject(["name", "description"]))));
});
describe("authorSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(authorSchema, fc.oneof(hostileValue, hostileObject(["name", "title"]))));
});
describe("moveSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(moveSchema, hostileValue));
});
