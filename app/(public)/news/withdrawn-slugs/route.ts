import { listWithdrawnSlugs } from "@/lib/server/releases/public";

// Read by proxy.ts to answer 410 for withdrawn releases. Cached like the pages
// and refreshed by revalidatePublicSite() on every withdrawal.
export const revalidate = 30;

export async function GET(): Promise<Response> {
  return Response.json({ slugs: await listWithdrawnSlugs() });
}
