import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

// Reads the production build in .next: the browser loads a route's
// rootMainFiles (build-manifest.json) plus the entry chunks of every layout
// and page the route's client-reference manifest lists (entryJSFiles).
const NEXT_DIR = path.resolve(__dirname, "..", "..", ".next");

export function routeEntries(): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
}

function rootMainFiles(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(NEXT_DIR, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return manifest.rootMainFiles;
}

function entryFiles(entry: string): string[] {
  const file = path.join(NEXT_DIR, "server", "app", `${entry}_client-reference-manifest.js`);
  const source = fs.readFileSync(file, "utf8");
  const holder: { __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  // The manifest is a script assigning to globalThis.__RSC_MANIFEST.
  new Function("globalThis", source)(holder);
  const manifest = holder.__RSC_MANIFEST?.[entry];
  if (!manifest) throw new Error(`No client-reference manifest for ${entry}`);
  return Object.values(manifest.entryJSFiles ?? {}).flat();
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = zlib.gzipSync(fs.readFileSync(path.join(NEXT_DIR, file)), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

// First-load JavaScript of an app route entry (e.g. "/(public)/page"), gzipped bytes.
export function firstLoadJs(entry: string): { bytes: number; files: string[] } {
  const files = [...new Set([...rootMainFiles(), ...entryFiles(entry)])].filter((f) => f.endsWith(".js"));
  return { bytes: files.reduce((sum, f) => sum + gzipSize(f), 0), files };
}
