import { env } from "@/lib/server/env";
import { listApiReleases, listQuerySchema } from "@/lib/server/feeds/api-releases";

export async function GET(request: Request): Promise<Response> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = listQuerySchema.safeParse(params);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
    return Response.json({ error: `Bad request. ${message}` }, { status: 400 });
  }
  const result = await listApiReleases(parsed.data, env().siteUrl);
  if (!result) return Response.json({ error: "Bad request. cursor: unknown cursor" }, { status: 400 });
  return Response.json(result, { headers: { "cache-control": "public, max-age=60" } });
}
