import "server-only";
import { z } from "@/lib/schemas/messages";
import { resolveDatabaseUrl, type DatabaseTarget } from "@/lib/db/url";

// Configuration, validated once. Defaults make a bare `npm start` work; the
// start script fills in NEXTAUTH_SECRET from data/ when it is not set.
export const envSchema = z.object({
  DATABASE_URL: z.string().optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  SITE_URL: z.url("SITE_URL must be an absolute URL such as https://press.example.org").default("http://localhost:3000"),
  TRUST_PROXY: z.enum(["true", "false", "1", "0"], "TRUST_PROXY must be true or false").default("false").transform((v) => v === "true" || v === "1"),
  NODE_ENV: z.string().default("development"),
  PRESSROOM_SEARCH_CONCURRENCY: z.coerce
    .number()
    .int("PRESSROOM_SEARCH_CONCURRENCY must be a whole number from 1 to 64")
    .min(1, "PRESSROOM_SEARCH_CONCURRENCY must be a whole number from 1 to 64")
    .max(64, "PRESSROOM_SEARCH_CONCURRENCY must be a whole number from 1 to 64")
    .default(4),
});

export type Env = {
  database: DatabaseTarget | { error: string };
  secret: string;
  siteUrl: string;
  trustProxy: boolean;
  /** Searches worked on at once (lib/server/search/gate.ts). */
  searchConcurrency: number;
};

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Configuration error: ${first?.path.join(".")}: ${first?.message}`);
  }
  let database: Env["database"];
  try {
    database = resolveDatabaseUrl(parsed.data.DATABASE_URL);
  } catch (error) {
    database = { error: (error as Error).message };
  }
  cached = {
    database,
    // Only used when nothing was configured, e.g. during `next build`.
    secret: parsed.data.NEXTAUTH_SECRET ?? "pressroom-build-time-secret-not-for-sessions",
    siteUrl: parsed.data.SITE_URL.replace(/\/$/, ""),
    trustProxy: parsed.data.TRUST_PROXY,
    searchConcurrency: parsed.data.PRESSROOM_SEARCH_CONCURRENCY,
  };
  return cached;
}
