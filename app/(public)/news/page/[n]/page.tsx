import type { Metadata } from "next";
import { ArchiveView, parsePage } from "@/components/public/archive-view";

export const revalidate = 30;

export function generateStaticParams(): { n: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ n: string }> }): Promise<Metadata> {
  const { n } = await params;
  return { title: `All messages — page ${n}`, robots: { index: false, follow: true } };
}

export default async function NewsPageN({ params }: { params: Promise<{ n: string }> }) {
  const { n } = await params;
  return <ArchiveView heading="All messages" basePath="/news" page={parsePage(n)} />;
}
