import type { Metadata } from "next";
import { ArchiveView } from "@/components/public/archive-view";
import { env } from "@/lib/server/env";
import { FEED_ALTERNATE_TYPES } from "@/lib/server/feeds/alternates";

export const revalidate = 30;

export function generateMetadata(): Metadata {
  return { title: "All messages", description: "Every press release and news item, newest first.", alternates: { canonical: `${env().siteUrl}/news`, types: FEED_ALTERNATE_TYPES } };
}

export default function NewsPage() {
  return <ArchiveView heading="All messages" basePath="/news" page={1} allowEmpty />;
}
