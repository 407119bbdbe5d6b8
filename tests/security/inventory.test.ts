import { describe, expect, it } from "vitest";
import { ACTIONS } from "@/lib/server/auth/permissions";
import { ACTION_RULES, PAGE_RULES, ROUTE_RULES, actionCases } from "./access-rules";
import { adminPages, inlineServerActions, routeHandlers, serverActions } from "./inventory";

const sorted = (values: Iterable<string>) => [...values].sort();

describe("the access rules cover exactly what the app has", () => {
  it("every route handler has a rule for the methods it exports, and every rule a route handler", () => {
    const found = routeHandlers();
    expect(found.length).toBeGreaterThan(5);
    expect(sorted(found.map((r) => r.url))).toEqual(sorted(Object.keys(ROUTE_RULES)));
    for (const route of found) expect([route.url, route.methods]).toEqual([route.url, sorted(ROUTE_RULES[route.url]!.methods)]);
  });

  it("every newsroom page has a rule, and every rule a page", () => {
    const found = adminPages();
    expect(found.length).toBeGreaterThan(5);
    expect(sorted(found.map((p) => p.url))).toEqual(sorted(Object.keys(PAGE_RULES)));
  });

  it("every export of every \"use server\" module has a rule, and every rule an export", () => {
    const found = serverActions();
    expect(found.length).toBeGreaterThan(10);
    expect(sorted(found.map((a) => a.key))).toEqual(sorted(Object.keys(ACTION_RULES)));
  });

  it("no server action is declared inline, where the inventory could not see it", () => {
    expect(inlineServerActions()).toEqual([]);
  });

  it("every rule names a permission from the table", () => {
    const known = new Set<string>([...ACTIONS, "public"]);
    const named = [...Object.values(ROUTE_RULES).map((r) => r.access), ...Object.values(PAGE_RULES), ...actionCases().map((c) => c.access)];
    expect(named.filter((n) => !known.has(n))).toEqual([]);
  });
});
