import Link from "next/link";
import type { ReleaseListItem } from "@/lib/server/releases/public";
import { formatDotDate } from "@/lib/time/zones";

export function ReleaseList({ items, zone }: { items: ReleaseListItem[]; zone: string }) {
  if (items.length === 0) return <p className="text-muted">No releases here yet.</p>;
  return (
    <ol className="divide-y divide-rule" data-testid="release-list">
      {items.map((item) => (
        <li key={item.id} className="py-4">
          <article>
            <p className="text-sm text-muted">
              <time dateTime={item.publishAt.toISOString()}>{formatDotDate(item.publishAt, zone)}</time>
              {" · "}
              <Link className="text-accent underline" href={`/news/category/${item.category.slug}`}>
                {item.category.name}
              </Link>
            </p>
            <h3 className="mt-1 font-serif text-lg font-semibold">
              <Link className="text-ink underline decoration-rule hover:decoration-accent" href={`/news/${item.slug}`}>
                {item.title}
              </Link>
            </h3>
            {item.summary ? <p className="mt-1 text-ink">{item.summary}</p> : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
