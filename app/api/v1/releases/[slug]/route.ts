import { env } from "@/lib/server/env";
import { getApiRelease } from "@/lib/server/feeds/api-releases";

export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  const release = await getApiRelease(slug, env().siteUrl);
  if (!release) return Response.json({ error: "No public release has this address." }, { status: 404 });
  return Response.json({ data: release }, { headers: { "cache-control": "public, max-age=60" } });
}
