import fc from "fast-check";
import { describe, it } from "vitest";
import { assertSchemaRefusesPolitely, hostileObject, hostileValue } from "@/tests/security/hostile";
import { emailSchema, nameSchema, newUserSchema, passwordSchema, roleSchema } from "./user";

describe("passwordSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(passwordSchema, hostileValue));
});
describe("emailSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(emailSchema, hostileValue));
});
describe("nameSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(nameSchema, hostileValue));
});
describe("roleSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(roleSchema, fc.oneof(hostileValue, fc.constantFrom("admin", "Editor", " writer ", "superuser", "ADMIN\u0000"))));
});
describe("newUserSchema", () => {
  it("refuses politely", () => assertSchemaRefusesPolitely(newUserSchema, fc.oneof(hostileValue, hostileObject(["email", "name", "role", "password"]))));
});
