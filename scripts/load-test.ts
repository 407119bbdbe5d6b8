// `npm run load-test [-- --database postgresql://… --seconds 60 --readers 200 --releases 5000 --port 3401]`:
// a bounded load test on loopback, beside the bench and not part of `npm test`.
// Public readers (home, archive pages, release pages, search) and editors
// saving their own drafts run together for the given time. It fails on any
// error and on any lost save: afterwards each editor's release, read straight
// from the database, must hold the body and version of the last save the
// server acknowledged, with one revision per acknowledged save.
import { parseArgs } from "node:util";
import { say } from "./lib/prepare";
import { readReleases } from "./bench/db-read";
import { runEditors } from "./bench/editors";
import { measure, percentile } from "./bench/load";
import { saveActionId } from "./bench/newsroom";
import { RELEASE_SLUG_PREFIX } from "./bench/seed";
import { type Bench, prepareBench } from "./bench/setup";
import { treeRss } from "./bench/server";
import { COMMON_WORD, RARE_WORD } from "./bench/text";

const { values } = parseArgs({
  options: {
    database: { type: "string" },
    seconds: { type: "string", default: "60" },
    readers: { type: "string", default: "200" },
    editors: { type: "string", default: "5" },
    releases: { type: "string", default: "5000" },
    port: { type: "string", default: process.env.LOAD_TEST_PORT ?? "3207" },
  },
});
const SECONDS = Number(values.seconds);
const READERS = Number(values.readers);
const EDITORS = Number(values.editors);
const COUNT = Number(values.releases);
const PORT = Number(values.port);

function readerPaths(count: number): string[] {
  const paths = ["/", "/news", "/news?page=2", `/news?page=${Math.max(1, Math.floor(count / 40))}`, "/news/category/press-releases", `/search?q=${COMMON_WORD}`, `/search?q=${RARE_WORD}`, "/search?q=visa%20minister"];
  for (let i = 0; i < 12; i++) paths.push(`/news/${RELEASE_SLUG_PREFIX}${100 + Math.floor((i * count) / 13)}`);
  return paths;
}

async function main(): Promise<number> {
  if (![SECONDS, READERS, EDITORS, COUNT, PORT].every((v) => Number.isInteger(v) && v > 0) || COUNT < 100) throw new Error("--seconds, --readers, --editors, --releases (≥ 100) and --port must be whole positive numbers");
  let bench: Bench | undefined;
  try {
    bench = await prepareBench({ database: values.database, count: COUNT, port: PORT, editors: EDITORS, name: "load-test" });
    const actionId = saveActionId();
    if (!actionId) throw new Error("This build has no saveReleaseAction server action");
    const editors = await bench.signInEditors();
    const target = bench.target;
    const paths = readerPaths(COUNT);
    for (const p of paths) await (await fetch(bench.base + p)).arrayBuffer(); // first renders out of the way
    say(`${READERS} readers over ${paths.length} addresses and ${EDITORS} editors for ${SECONDS} s…`);
    const startVersions = await readReleases(target, editors.map((e) => e.releaseId));
    const [readers, saves] = await Promise.all([
      measure(bench.base, { name: "readers", path: paths[0] ?? "/", connections: READERS, duration: SECONDS, requests: paths.map((p) => ({ method: "GET", path: p })) }),
      runEditors(bench.base, actionId, editors, SECONDS * 1000, async (e) => (await readReleases(target, [e.releaseId])).get(e.releaseId)?.version ?? 1),
    ]);
    const memory = bench.serverPid ? treeRss(bench.serverPid) : 0;
    const stored = await readReleases(target, editors.map((e) => e.releaseId));
    const problems: string[] = [];
    if (readers.errors) problems.push(`${readers.errors} of ${readers.requests} reader requests failed (${readers.errorKinds})`);
    if (saves.errors) problems.push(`${saves.errors} saves failed; the first: ${saves.firstError}`);
    editors.forEach((editor, i) => {
      const acked = saves.acknowledged[i] ?? [];
      const last = acked.at(-1);
      const row = stored.get(editor.releaseId);
      const before = startVersions.get(editor.releaseId);
      if (!row || !before) return problems.push(`editor ${i}: release ${editor.releaseId} is missing`);
      if (!last) return problems.push(`editor ${i}: no save was acknowledged`);
      if (row.version !== last.version || row.body !== last.body) problems.push(`editor ${i}: the database holds version ${row.version} (“${row.body}”), the last acknowledged save was version ${last.version} (“${last.body}”)`);
      if (row.revisions - before.revisions !== acked.length) problems.push(`editor ${i}: ${acked.length} saves acknowledged but ${row.revisions - before.revisions} revisions written`);
      if (row.version - before.version !== acked.length) problems.push(`editor ${i}: ${acked.length} saves acknowledged but the version moved by ${row.version - before.version}`);
      return undefined;
    });
    const latencies = [...saves.latencies].sort((a, b) => a - b);
    const acked = saves.acknowledged.reduce((n, a) => n + a.length, 0);
    process.stdout.write(
      [
        "",
        `readers: ${readers.requests} requests, ${readers.requestsPerSecond.toFixed(0)} req/s, p50 ${readers.p50.toFixed(0)} ms, p95 ${readers.p95.toFixed(0)} ms, p99 ${readers.p99.toFixed(0)} ms, ${readers.errors} errors`,
        `editors: ${latencies.length} saves sent, ${acked} acknowledged, p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, ${saves.errors} errors`,
        `server memory (RSS of the process tree) at the end: ${(memory / 1024 / 1024).toFixed(0)} MB`,
        "",
      ].join("\n") + "\n",
    );
    // Guard against a run that measured nothing.
    if (readers.requests === 0) problems.push("no reader request completed");
    for (const p of problems) process.stdout.write(`FAIL  ${p}\n`);
    if (!problems.length) say("No errors and no lost saves.");
    return problems.length ? 1 : 0;
  } finally {
    await bench?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`The load test failed: ${(error as Error).message}`);
    process.exit(2);
  },
);
