import "server-only";
import { env } from "../env";

// The caller's address for throttling. X-Forwarded-For is a header anyone can
// send, so it counts only when TRUST_PROXY says a proxy in front sets it.
export function clientAddress(headers: Record<string, string | string[] | undefined> | Headers): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (env().trustProxy) {
    const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  return (get("x-pressroom-remote-address") ?? "local").slice(0, 64);
}
