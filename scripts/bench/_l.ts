import { measure } from "./load";
(async () => {
  for (const p of ["/", "/news?page=2", "/search?q=embassy", "/news/bench-release-1000"]) {
    const m = await measure("http://localhost:3300", { name: p, path: p, connections: 200, duration: 8 });
    console.log(p, m.requestsPerSecond.toFixed(0), m.p50.toFixed(0), m.p95.toFixed(0), m.p99.toFixed(0), "max", m.errors, m.errorKinds);
  }
})();
