import { describe, expect, it } from "vitest";
import { checkHealth } from "./health";

describe("health", () => {
  it("is ok when the database answers and every migration is applied", async () => {
    expect(await checkHealth()).toEqual({ status: "ok" });
  });
});
