import { ImageResponse } from "next/og";
import { env } from "@/lib/server/env";
import { getApiRelease } from "@/lib/server/feeds/api-releases";
import { getPublicSettings } from "@/lib/server/settings/get-settings";

// The social card for a release: title, date and site name, drawn with the
// font bundled in next/og (no network). A release that is not public yet has
// no card: the embargo holds here too.
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await context.params;
  const release = await getApiRelease(slug, env().siteUrl);
  if (!release) return new Response("Not found.", { status: 404 });
  const { siteName } = await getPublicSettings();
  const date = release.publishedAt
    ? new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(release.publishedAt))
    : "";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#ffffff", color: "#1a1a1a", borderTop: "24px solid #7a1f2b" }}>
        <div style={{ fontSize: 32, color: "#555555", display: "flex" }}>{siteName}</div>
        <div style={{ fontSize: release.title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.2, display: "flex" }}>{release.title}</div>
        <div style={{ fontSize: 30, color: "#555555", display: "flex" }}>{date}</div>
      </div>
    ),
    { width: 1200, height: 630, headers: { "cache-control": "public, max-age=300" } },
  );
}
