import { describe, expect, it } from "vitest";
import { checkBudgets, type Pair } from "./budgets";
import type { Measurement } from "./load";

const at = (name: string, requestsPerSecond: number, extra: Partial<Measurement> = {}): Measurement => ({
  name, path: `/${name}`, connections: 10, status: "measured", requestsPerSecond, p50: 5, p95: 10, p99: 20, requests: 1000, errors: 0, ...extra,
});
const verdict = (results: Measurement[], budget: string) => checkBudgets(results, at("static baseline", 2000), 100 * 1024 * 1024).find((v) => v.budget.startsWith(budget));

describe("the bench's budgets", () => {
  it("compares a cached page with the static file measured beside it", () => {
    // The machine slowed to half speed after the first baseline: 700 requests/s is 0.7 × the file's rate then.
    expect(verdict([at("category", 700, { baselineRequestsPerSecond: 1000 })], "category: ≥")).toMatchObject({ ok: true, detail: "0.70 × baseline" });
    expect(verdict([at("category", 700, { baselineRequestsPerSecond: 2000 })], "category: ≥")).toMatchObject({ ok: false, detail: "0.35 × baseline" });
    // Without a measurement beside it, the first baseline is the reference.
    expect(verdict([at("category", 700)], "category: ≥")).toMatchObject({ ok: false, detail: "0.35 × baseline" });
  });

  it("takes archive page 500 against page 1 from their alternating rounds when there are some", () => {
    // Measured apart, page 500 met the machine in a slow minute; in alternation the two run alike.
    const apart = [at("archive page 1", 1200, { baselineRequestsPerSecond: 2000 }), at("archive page 500", 500, { baselineRequestsPerSecond: 2000 })];
    const check = (pair: Pair) => checkBudgets(apart, at("static baseline", 2000), 100 * 1024 * 1024, pair).find((v) => v.budget.startsWith("archive page 500 ≥"));
    expect(check({ rounds: 6, seconds: 2, firstRequestsPerSecond: 1000, deepRequestsPerSecond: 950, errors: 0 })).toMatchObject({ ok: true, detail: "0.95 × page 1 (6 alternating rounds of 2 s each: page 500 950 req/s, page 1 1000)" });
    expect(check({ rounds: 6, seconds: 2, firstRequestsPerSecond: 1000, deepRequestsPerSecond: 890, errors: 0 })).toMatchObject({ ok: false, detail: expect.stringMatching(/^0\.89 × page 1/) });
    expect(check({ rounds: 6, seconds: 2, firstRequestsPerSecond: 1000, deepRequestsPerSecond: 1000, errors: 3 })).toMatchObject({ ok: false, detail: expect.stringMatching(/; 3 errors\)$/) });
  });

  it("holds searches to 50 ms at the 95th percentile whatever the machine's speed", () => {
    expect(verdict([at("search (common word)", 100, { connections: 4, p95: 50 })], "search (common word): p95")).toMatchObject({ ok: true });
    expect(verdict([at("search (common word)", 100, { connections: 4, p95: 50.1 })], "search (common word): p95")).toMatchObject({ ok: false });
  });
});
