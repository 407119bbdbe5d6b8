import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./inventory";

// Every zod schema in lib/ and app/ — each exported schema and each object,
// union or enum schema a module keeps to itself — has a property test in a
// <module>.property.test.ts beside it, under describe("<schemaName>"). A new
// schema without one fails here. Small private fragments (one field's rule)
// are covered through the schema that uses them.
const DEFINITION = /^(export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*z\s*(\.[\s\S]{0,80})/gm;
const WHOLE = /^\.\s*(object|strictObject|looseObject|discriminatedUnion|union|enum|record)\b/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

export function schemaInventory(): { file: string; name: string }[] {
  const found: { file: string; name: string }[] = [];
  for (const file of [...sources(path.join(ROOT, "lib")), ...sources(path.join(ROOT, "app"))]) {
    const text = fs.readFileSync(file, "utf8");
    if (!/from "(zod|@\/lib\/schemas\/messages)"/.test(text)) continue;
    for (const m of text.matchAll(DEFINITION)) {
      const exported = !!m[1];
      const rest = m[3]!.replace(/\s+/g, "");
      if (exported || WHOLE.test(rest)) found.push({ file: path.relative(ROOT, file), name: m[2]! });
    }
  }
  return found;
}

describe("every zod schema has a property test", () => {
  it("finds the schemas", () => {
    expect(schemaInventory().length).toBeGreaterThan(20);
  });
  it("each is named by a describe() in the property test beside its module", () => {
    const missing = schemaInventory().filter(({ file, name }) => {
      const test = path.join(ROOT, file.replace(/\.tsx?$/, ".property.test.ts"));
      return !fs.existsSync(test) || !fs.readFileSync(test, "utf8").includes(`describe("${name}"`);
    });
    expect(missing.map((s) => `${s.file}#${s.name}`)).toEqual([]);
  });
});
