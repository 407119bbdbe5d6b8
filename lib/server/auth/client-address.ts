import "server-only";
import { env } from "../env";

// The bucket every request falls into when no trusted proxy names the client.
export const DIRECT_BUCKET = "direct";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

// The caller's address for throttling. next-auth's authorize() only sees the
// request's headers (the App Router gives it no socket), and every header is
// something a client can send. So X-Forwarded-For counts only when TRUST_PROXY
// says a proxy in front of us overwrites it; otherwise every caller shares the
// one "direct" bucket (see README, "Sign-in throttling").
export function clientAddress(headers: HeaderBag, trustProxy: boolean = env().trustProxy): string {
  if (!trustProxy) return DIRECT_BUCKET;
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  // The proxy appends the address it saw, so the right-most entry is the one
  // it vouches for; anything to its left came from the client.
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ? last.slice(0, 64) : DIRECT_BUCKET;
}
