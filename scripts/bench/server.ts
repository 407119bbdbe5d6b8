import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { bin, ROOT, serverEnv } from "../lib/prepare";

export function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(bin("next"), ["start", "-p", String(port)], { cwd: ROOT, env: serverEnv(env), stdio: ["ignore", "ignore", "inherit"], detached: true });
}

export async function waitForHealth(base: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${base} did not become healthy`);
}

export function stopServer(server: ChildProcess): void {
  if (server.pid && server.exitCode === null) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

// A process and all its descendants, from /proc.
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited while we looked
    }
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

// Sums a number read from each process of the tree; one that exited counts nothing.
function sumOverTree(rootPid: number, read: (pid: number) => number): number {
  let total = 0;
  for (const pid of processTree(rootPid)) {
    try {
      total += read(pid);
    } catch {
      // exited
    }
  }
  return total;
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRss(rootPid: number): number {
  return sumOverTree(rootPid, (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024);
}

// Clock ticks per second of /proc's times (USER_HZ): 100 on Linux for every
// architecture the project runs on.
const TICKS_PER_SECOND = 100;

/**
 * Processor time used so far by a process and all its descendants (user and
 * system, every thread), in milliseconds. The difference over a measurement,
 * divided by its requests, is the server's own cost of one request: unlike
 * requests per second it does not count the time the server waited for the
 * processor while the load generator, the database or another tenant of the
 * machine used it.
 */
export function treeCpuMs(rootPid: number): number {
  return sumOverTree(rootPid, (pid) => {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are the 14th and 15th fields of stat; the 12th and 13th counting from the state.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  });
}
