import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveView, parsePage } from "@/components/public/archive-view";
import { monthName } from "@/lib/time/zones";

export const revalidate = 30;

type Params = { params: Promise<{ yyyy: string; mm: string; page?: string[] }> };

export function generateStaticParams(): { yyyy: string; mm: string; page?: string[] }[] {
  return [];
}

function parseMonth(yyyy: string, mm: string): { year: number; month: number } {
  if (!/^\d{4}$/.test(yyyy) || !/^(0[1-9]|1[0-2])$/.test(mm)) notFound();
  return { year: Number(yyyy), month: Number(mm) };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { yyyy, mm } = await params;
  const { year, month } = parseMonth(yyyy, mm);
  return { title: `${monthName(month)} ${year} — All messages` };
}

export default async function MonthPage({ params }: Params) {
  const { yyyy, mm, page } = await params;
  const { year, month } = parseMonth(yyyy, mm);
  let n = 1;
  if (page) {
    if (page.length !== 2 || page[0] !== "page") notFound();
    n = parsePage(page[1]);
  }
  // The zone is filled in by ArchiveView from Settings.
  return <ArchiveView heading={`${monthName(month)} ${year}`} basePath={`/news/archive/${yyyy}/${mm}`} page={n} filter={{ month: { year, month, zone: "" } }} />;
}
