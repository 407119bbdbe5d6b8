import "server-only";
import { unstable_cache } from "next/cache";

// Data every public page reads (the site's settings, the categories, the
// archive's page index) kept in Next's data cache, so a page rendered per
// request (search) or regenerated after a change does not read it afresh.
// revalidatePublicSite() expires PUBLIC_DATA_TAG with the pages on every
// change made through the app; writes from outside it (scripts, a restore)
// show within PUBLIC_DATA_SECONDS, as on the pages themselves.
export const PUBLIC_DATA_TAG = "public-data";
export const PUBLIC_DATA_SECONDS = 30;

// How many times this server has changed public content through the app
// (revalidatePublicSite). Kept on globalThis: Next.js bundles each route's
// server code apart, and the newsroom's actions and the public pages must see
// the same count.
const CHANGES = Symbol.for("pressroom.publicChanges");
type WithChanges = typeof globalThis & { [CHANGES]?: number };

export function publicChanges(): number {
  return (globalThis as WithChanges)[CHANGES] ?? 0;
}

export function countPublicChange(): void {
  (globalThis as WithChanges)[CHANGES] = publicChanges() + 1;
}

/**
 * `read` through the data cache under `key`. Outside a Next.js server
 * (Vitest, scripts) there is no data cache and `read` runs directly; `null`
 * from `whenUncached` says so to callers that must know.
 */
export function publicDataCache<A extends unknown[], T>(key: string, read: (...args: A) => Promise<T>): { cached: (...args: A) => Promise<T>; whenUncached: (...args: A) => Promise<T | null> } {
  const inCache = unstable_cache(read, [key], { tags: [PUBLIC_DATA_TAG], revalidate: PUBLIC_DATA_SECONDS });
  const whenUncached = async (...args: A): Promise<T | null> => {
    try {
      return await inCache(...args);
    } catch (error) {
      if (error instanceof Error && /incrementalCache missing/.test(error.message)) return null;
      throw error;
    }
  };
  const cached = async (...args: A): Promise<T> => {
    const hit = await whenUncached(...args);
    return hit === null ? read(...args) : hit;
  };
  return { cached, whenUncached };
}
