import "server-only";
import { env } from "../env";

// At most a few searches are worked on at once; the others wait their turn,
// first come first served. A search costs several times a cached page, and
// the server shares its time among every request in progress: with 200
// readers, each search would take a 200th of the processor and some took
// longer than ten seconds, while in turn they finish in about the time the
// queue ahead of them takes. Cached pages never wait here.
export type Gate = { enter: () => Promise<() => void>; state: () => { active: number; waiting: number } };

export function createGate(limit: number, safetyMs = 30_000): Gate {
  let active = 0;
  const waiting: Array<() => void> = [];
  return {
    async enter() {
      // A slot that is given up is handed to the first in line, so `active`
      // only falls when nobody waits.
      if (active < limit) active++;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        clearTimeout(safety);
        const next = waiting.shift();
        if (next) next();
        else active--;
      };
      // A request that never reports its end (a crash mid-render) gives its slot back anyway.
      const safety = setTimeout(leave, safetyMs);
      safety.unref?.();
      return leave;
    },
    state: () => ({ active, waiting: waiting.length }),
  };
}

let gate: Gate | undefined;

/** The server's one gate, as wide as PRESSROOM_SEARCH_CONCURRENCY (lib/server/env.ts) says. */
export function searchGate(): Gate {
  gate ??= createGate(env().searchConcurrency);
  return gate;
}
