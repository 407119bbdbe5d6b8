import type { Measurement } from "./load";

export const CACHED_PAGES = ["home", "release", "archive page 1", "archive page 500", "category", "feed"];
export const MEMORY_BUDGET = 400 * 1024 * 1024;

export type Verdict = { budget: string; ok: boolean; detail: string };

// Archive page 1 and page 500 driven in alternating short rounds (run.ts,
// measurePair): the two share every phase of the machine's drifting speed.
export type Pair = { rounds: number; seconds: number; firstRequestsPerSecond: number; deepRequestsPerSecond: number; errors: number };

// Every budget of issue 7, checked against one run's measurements.
export function checkBudgets(results: Measurement[], baseline: Measurement, memoryBytes: number, pair?: Pair): Verdict[] {
  const verdicts: Verdict[] = [];
  const byName = new Map(results.map((r) => [r.name, r]));
  for (const r of [baseline, ...results]) {
    if (r.status === "missing") verdicts.push({ budget: `${r.name}: exists`, ok: false, detail: `missing (${r.note ?? "no such route"})` });
    else verdicts.push({ budget: `${r.name}: zero errors`, ok: r.errors === 0, detail: `${r.errors} errors in ${r.requests} requests` });
  }
  for (const name of CACHED_PAGES) {
    const r = byName.get(name);
    if (!r || r.status === "missing") continue;
    const ratio = toBaseline(r, baseline);
    verdicts.push({ budget: `${name}: ≥ 0.4 × static baseline`, ok: ratio >= 0.4, detail: `${ratio.toFixed(2)} × baseline` });
  }
  if (pair) {
    const ratio = pair.firstRequestsPerSecond ? pair.deepRequestsPerSecond / pair.firstRequestsPerSecond : 0;
    const how = `${pair.rounds} alternating rounds of ${pair.seconds} s each: page 500 ${pair.deepRequestsPerSecond.toFixed(0)} req/s, page 1 ${pair.firstRequestsPerSecond.toFixed(0)}`;
    verdicts.push({ budget: "archive page 500 ≥ 0.9 × page 1", ok: ratio >= 0.9 && pair.errors === 0, detail: `${ratio.toFixed(2)} × page 1 (${how}${pair.errors ? `; ${pair.errors} errors` : ""})` });
  }
  for (const name of ["search (common word)", "search (rare word)"]) {
    const r = byName.get(name);
    if (r?.status === "measured") verdicts.push({ budget: `${name}: p95 ≤ 50 ms at 4 clients`, ok: r.p95 <= 50, detail: `p95 ${ms(r.p95)} ms` });
  }
  const save = byName.get("newsroom save");
  if (save?.status === "measured") verdicts.push({ budget: "newsroom save: p95 ≤ 100 ms at 4 editors", ok: save.p95 <= 100, detail: `p95 ${ms(save.p95)} ms` });
  verdicts.push({ budget: "server memory ≤ 400 MB at the end", ok: memoryBytes <= MEMORY_BUDGET, detail: `${(memoryBytes / 1024 / 1024).toFixed(0)} MB` });
  return verdicts;
}

const ms = (value: number) => value.toFixed(1);

/** A target's rate over the static file's, as measured beside it when it was. */
export function toBaseline(r: Measurement, baseline: Measurement): number {
  const base = r.baselineRequestsPerSecond ?? baseline.requestsPerSecond;
  return base ? r.requestsPerSecond / base : 0;
}

export function table(results: Measurement[], baseline: Measurement): string {
  const head = ["target", "path", "conn", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "static req/s beside", "× baseline", "server cpu ms/req"];
  const rows = [baseline, ...results].map((r) =>
    r.status === "missing"
      ? [r.name, r.path, String(r.connections), "MISSING", "", "", "", "", "", "", ""]
      : [r.name, r.path, String(r.connections), r.requestsPerSecond.toFixed(0), ms(r.p50), ms(r.p95), ms(r.p99), String(r.errors), (r.baselineRequestsPerSecond ?? baseline.requestsPerSecond).toFixed(0), baseline.requestsPerSecond ? toBaseline(r, baseline).toFixed(2) : "-", r.serverCpuMs === undefined ? "-" : r.serverCpuMs.toFixed(2)],
  );
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
