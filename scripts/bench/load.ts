import autocannon from "autocannon";

export type Measurement = {
  name: string;
  path: string;
  connections: number;
  status: "measured" | "missing";
  note?: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  // What the errors were, when there were any.
  errorKinds?: string;
  // The server's processor time per request (server.ts, treeCpuMs), in ms.
  serverCpuMs?: number;
  // The static file's rate measured just before and just after this target
  // (their mean), which its ratio is taken against: see run.ts.
  baselineRequestsPerSecond?: number;
};

type Load = {
  name: string;
  path: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  // Per connection: builds each request (e.g. carrying the version the last save returned).
  setupRequest?: (context: Record<string, unknown>) => { headers?: Record<string, string>; body?: string };
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => boolean;
  // Several addresses, taken in turn by every connection (a mix of pages).
  requests?: Array<{ method: string; path: string }>;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export function missing(name: string, path: string, connections: number, note: string): Measurement {
  return { name, path, connections, status: "missing", note, requestsPerSecond: 0, p50: 0, p95: 0, p99: 0, requests: 0, errors: 0 };
}

// Drives one address at fixed concurrency; latencies are collected per
// response so p95 is exact rather than autocannon's fixed percentiles.
export async function measure(base: string, load: Load): Promise<Measurement> {
  const latencies: number[] = [];
  let bodyErrors = 0;
  const request: Parameters<typeof autocannon>[0]["requests"] extends Array<infer R> | undefined ? R : never = {
    method: load.method ?? "GET",
    path: load.path,
    ...(load.headers ? { headers: load.headers } : {}),
    ...(load.body ? { body: load.body } : {}),
  };
  const { setupRequest, onResponse } = load;
  if (setupRequest) {
    request.setupRequest = (req, context) => {
      const extra = setupRequest(context);
      return { ...req, ...extra, headers: { ...req.headers, ...extra.headers } };
    };
  }
  if (onResponse) {
    request.onResponse = (status, body, context) => {
      if (!onResponse(status, body, context)) bodyErrors++;
    };
  }
  const instance = autocannon({ url: base, connections: load.connections, duration: load.duration, requests: load.requests ?? [request] });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name: load.name,
    path: load.path,
    connections: load.connections,
    status: "measured",
    requestsPerSecond: result.requests.total / result.duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx + bodyErrors,
    errorKinds: `${result.timeouts} timed out, ${result.non2xx} answered non-2xx, ${result.errors} connection errors, ${bodyErrors} wrong bodies`,
  };
}
