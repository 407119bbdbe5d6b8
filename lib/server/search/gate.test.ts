import { afterEach, describe, expect, it, vi } from "vitest";
import { createGate } from "./gate";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("the search gate", () => {
  afterEach(() => vi.useRealTimers());

  it("lets `limit` searches in at once and the rest in the order they came", async () => {
    const gate = createGate(2);
    const order: number[] = [];
    const leaves: Array<() => void> = [];
    const entries = [1, 2, 3, 4, 5].map((n) => gate.enter().then((leave) => (order.push(n), leaves.push(leave))));
    await tick();
    expect(order).toEqual([1, 2]);
    expect(gate.state()).toEqual({ active: 2, waiting: 3 });
    leaves[1]!();
    await tick();
    expect(order).toEqual([1, 2, 3]);
    leaves[0]!();
    leaves[0]!(); // leaving twice gives back one slot
    await tick();
    expect(order).toEqual([1, 2, 3, 4]);
    expect(gate.state()).toEqual({ active: 2, waiting: 1 });
    leaves[2]!();
    await Promise.all(entries);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    leaves[3]!();
    leaves[4]!();
    expect(gate.state()).toEqual({ active: 0, waiting: 0 });
  });

  it("takes back the slot of a search that never says it ended", async () => {
    vi.useFakeTimers();
    const gate = createGate(1, 1_000);
    await gate.enter();
    const second = gate.enter();
    expect(gate.state()).toEqual({ active: 1, waiting: 1 });
    await vi.advanceTimersByTimeAsync(1_000);
    const leave = await second;
    expect(gate.state()).toEqual({ active: 1, waiting: 0 });
    leave();
    expect(gate.state()).toEqual({ active: 0, waiting: 0 });
  });
});
