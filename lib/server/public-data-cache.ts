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
