import "server-only";
import { env } from "../env";

// The social card of a release, drawn by app/api/og/[slug]/route.tsx; the
// release page names it in its OpenGraph, Twitter and JSON-LD metadata.
export function socialImageUrl(slug: string): string {
  return `${env().siteUrl}/api/og/${encodeURIComponent(slug)}`;
}
