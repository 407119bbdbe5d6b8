import { describe, expect, it } from "vitest";
import { treeCpuMs, treeRss } from "./server";

describe("the bench's reading of a server process", () => {
  it("counts the processor time a process used, as the process itself sees it", () => {
    const before = treeCpuMs(process.pid);
    const own = process.cpuUsage();
    let spent = 0;
    while (spent < 300_000) spent = (({ user, system }) => user + system)(process.cpuUsage(own));
    const counted = treeCpuMs(process.pid) - before;
    // /proc counts in ticks of 10 ms, and other threads of this process (the
    // garbage collector's) may add a little.
    expect(counted).toBeGreaterThanOrEqual(spent / 1000 - 20);
    expect(counted).toBeLessThan(spent / 1000 + 200);
  });

  it("reads the resident memory of a process", () => {
    const rss = treeRss(process.pid);
    expect(rss).toBeGreaterThan(10 * 1024 * 1024);
    expect(Math.abs(rss - process.memoryUsage().rss)).toBeLessThan(64 * 1024 * 1024);
  });
});
