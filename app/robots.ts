import type { MetadataRoute } from "next";
import { env } from "@/lib/server/env";

export default function robots(): MetadataRoute.Robots {
  const base = env().siteUrl;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/auth", "/login", "/setup"] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
