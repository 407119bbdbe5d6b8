import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveView, parsePage } from "@/components/public/archive-view";
import { monthName } from "@/lib/time/zones";

export const revalidate = 30;

// One route for a year and its months, each paged:
//   /news/archive/2026            /news/archive/2026/page/2
//   /news/archive/2026/11         /news/archive/2026/11/page/2
type Params = { params: Promise<{ yyyy: string; rest?: string[] }> };
type Address = { year: number; month: number | null; mm: string | undefined; page: string | undefined };

export function generateStaticParams(): { yyyy: string; rest?: string[] }[] {
  return [];
}

function parseAddress(yyyy: string, rest: string[] = []): Address {
  if (!/^\d{4}$/.test(yyyy)) notFound();
  const year = Number(yyyy);
  const [first, ...after] = rest;
  const isMonth = first !== undefined && /^(0[1-9]|1[0-2])$/.test(first);
  const paging = isMonth ? after : rest;
  if (paging.length !== 0 && (paging.length !== 2 || paging[0] !== "page")) notFound();
  return { year, month: isMonth ? Number(first) : null, mm: isMonth ? first : undefined, page: paging[1] };
}

function heading({ year, month }: Address): string {
  return month === null ? String(year) : `${monthName(month)} ${year}`;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { yyyy, rest } = await params;
  return { title: `${heading(parseAddress(yyyy, rest))} — All messages` };
}

export default async function DateArchivePage({ params }: Params) {
  const { yyyy, rest } = await params;
  const address = parseAddress(yyyy, rest);
  const { year, month, mm } = address;
  const basePath = month === null ? `/news/archive/${yyyy}` : `/news/archive/${yyyy}/${mm}`;
  // The zone is filled in by ArchiveView from Settings.
  const filter = month === null ? { year: { year, zone: "" } } : { month: { year, month, zone: "" } };
  return <ArchiveView heading={heading(address)} basePath={basePath} page={parsePage(address.page)} filter={filter} />;
}
