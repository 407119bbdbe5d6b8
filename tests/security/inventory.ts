import fs from "node:fs";
import path from "node:path";

// What the app actually has, read from the file system: the route handlers,
// the newsroom pages and every export of every "use server" module. Plain Node
// so both Vitest and Playwright can use it.
export const ROOT = path.resolve(__dirname, "..", "..");
const APP = path.join(ROOT, "app");
const SOURCE_DIRS = ["app", "lib", "components"];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : walk(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

// The URL a file under app/ answers: route groups "(x)" and private folders are not part of it.
function urlOf(file: string): string {
  const segments = path.relative(APP, path.dirname(file)).split(path.sep).filter((s) => s !== "" && !/^\(.*\)$/.test(s));
  return "/" + segments.join("/");
}

export function routeHandlers(): { url: string; file: string; methods: string[] }[] {
  return walk(APP)
    .filter((f) => /^route\.tsx?$/.test(path.basename(f)))
    .map((file) => {
      const text = fs.readFileSync(file, "utf8");
      const methods = new Set<string>();
      for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) methods.add(m[1]!);
      for (const m of text.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const part of m[1]!.split(",")) {
          const name = part.trim().split(/\s+as\s+/).pop()?.trim();
          if (name && /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) methods.add(name);
        }
      }
      return { url: urlOf(file), file: path.relative(ROOT, file), methods: [...methods].sort() };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

export function adminPages(): { url: string; file: string }[] {
  return walk(path.join(APP, "(admin)"))
    .filter((f) => path.basename(f) === "page.tsx")
    .map((file) => ({ url: urlOf(file), file: path.relative(ROOT, file) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

const USE_SERVER_FILE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function exportsOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^export\s+(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of text.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) names.add(name);
    }
  }
  if (/^export\s+default\b/m.test(text)) names.add("default");
  return [...names];
}

// Every server action: each export of a file that starts with "use server".
// Keys are "<path under app/>#<export>"; files outside app/ keep their full path
// so a stray "use server" library module shows up as an action without a rule.
export function serverActions(): { key: string; file: string; name: string }[] {
  const out: { key: string; file: string; name: string }[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of walk(path.join(ROOT, dir))) {
      const text = fs.readFileSync(file, "utf8");
      if (!USE_SERVER_FILE.test(text)) continue;
      const relative = file.startsWith(APP + path.sep) ? path.relative(APP, file) : path.relative(ROOT, file);
      for (const name of exportsOf(text)) out.push({ key: `${relative.split(path.sep).join("/")}#${name}`, file: path.relative(ROOT, file), name });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

// "use server" inside a function body makes an action the inventory above cannot
// name; the house rule is route-level actions.ts files only.
export function inlineServerActions(): string[] {
  return SOURCE_DIRS.flatMap((dir) => walk(path.join(ROOT, dir)))
    .filter((file) => {
      const text = fs.readFileSync(file, "utf8");
      const body = text.replace(USE_SERVER_FILE, "");
      return /^\s+["']use server["'];?\s*$/m.test(body);
    })
    .map((file) => path.relative(ROOT, file));
}
