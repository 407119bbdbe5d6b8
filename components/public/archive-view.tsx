import Link from "next/link";
import { notFound } from "next/navigation";
import { monthsNav } from "@/lib/server/releases/months-nav";
import { getArchiveData, type ArchiveFilter } from "@/lib/server/releases/public";
import { getPublicSettings } from "@/lib/server/settings/get-settings";
import { monthName } from "@/lib/time/zones";
import { Pagination } from "./pagination";
import { ReleaseList } from "./release-list";
import { siteZone } from "@/lib/server/settings/site-zone";

const counted = new Intl.NumberFormat("en-GB");

type Props = { heading: string; intro?: string; basePath: string; page: number; filter?: ArchiveFilter; allowEmpty?: boolean };

export async function ArchiveView({ heading, intro, basePath, page, filter = {}, allowEmpty = false }: Props) {
  const settings = await getPublicSettings();
  const zone = siteZone(settings);
  const withZone: ArchiveFilter = {
    ...filter,
    ...(filter.year ? { year: { ...filter.year, zone } } : {}),
    ...(filter.month ? { month: { ...filter.month, zone } } : {}),
  };
  const { result, categories, months } = await getArchiveData(page, withZone, zone);
  if (result.items.length === 0 && !(allowEmpty && page === 1)) notFound();
  const byDate = monthsNav(months, filter.month?.year ?? filter.year?.year);
  return (
    <main id="main" className="mx-auto grid max-w-5xl gap-8 px-4 py-8 md:grid-cols-[1fr_14rem]">
      <div className="min-w-0">
        <h1 className="font-serif text-2xl font-bold">{heading}</h1>
        {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
        <p className="mt-2 text-sm text-muted">
          {result.total} {result.total === 1 ? "release" : "releases"}
        </p>
        <ReleaseList items={result.items} zone={zone} />
        <Pagination basePath={basePath} page={result.page} pageCount={result.pageCount} />
      </div>
      <aside className="text-sm print:hidden">
        <nav aria-label="Categories">
          <h2 className="font-semibold">Categories</h2>
          <ul className="mt-2 space-y-1">
            {categories.map((c) => (
              <li key={c.id}>
                <Link className="text-accent underline" href={`/news/category/${c.slug}`} aria-current={filter.categoryId === c.id ? "page" : undefined}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Months" className="mt-6">
          <h2 className="font-semibold">{byDate.year === null ? "By month" : `Months of ${byDate.year}`}</h2>
          <ul className="mt-2 space-y-1" data-testid="months">
            {byDate.months.map((m) => {
              const mm = String(m.month).padStart(2, "0");
              const current = filter.month?.year === m.year && filter.month.month === m.month;
              return (
                <li key={`${m.year}-${mm}`}>
                  <Link className="text-accent underline" href={`/news/archive/${m.year}/${mm}`} aria-current={current ? "page" : undefined}>
                    {monthName(m.month)} {m.year}
                  </Link>{" "}
                  <span className="text-muted">({counted.format(m.count)})</span>
                </li>
              );
            })}
          </ul>
        </nav>
        <nav aria-label="Years" className="mt-6">
          <h2 className="font-semibold">By year</h2>
          <ul className="mt-2 space-y-1" data-testid="years">
            {byDate.years.map((y) => (
              <li key={y.year}>
                <Link className="text-accent underline" href={`/news/archive/${y.year}`} aria-current={filter.year?.year === y.year ? "page" : undefined}>
                  {y.year}
                </Link>{" "}
                <span className="text-muted">({counted.format(y.count)})</span>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
    </main>
  );
}

/** The N of /page/N (or of `?page=N`, rewritten into the path by proxy.ts); anything else is page 1 or a 404. */
export function parsePage(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) notFound();
  return Number(raw);
}
