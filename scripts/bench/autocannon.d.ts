// The part of autocannon 9's API the bench uses (the package ships no types).
declare module "autocannon" {
  type Context = Record<string, unknown>;
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  type Options = {
    url: string;
    connections: number;
    duration: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: Array<Request & { setupRequest?: (req: Request, context: Context) => Request; onResponse?: (status: number, body: string, context: Context) => void }>;
  };
  type Result = { requests: { average: number; total: number }; errors: number; timeouts: number; non2xx: number; duration: number };
  type Instance = Promise<Result> & { on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
