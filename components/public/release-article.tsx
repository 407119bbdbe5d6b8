import Link from "next/link";
import { formatDateTime } from "@/lib/time/zones";
import { ReleaseBody } from "./release-body";

export type ArticleRelease = {
  title: string;
  slug: string;
  publishAt: Date | null;
  question: string | null;
  body: string;
  category: { name: string; slug: string };
  author: { name: string; title: string };
  corrections: { id: string; note: string; createdAt: Date }[];
};

// A release as readers see it. The public page and the newsroom's preview both
// render this, so a preview is exactly what will be published.
export function ReleaseArticle({ release, zone, siteUrl }: { release: ArticleRelease; zone: string; siteUrl: string }) {
  return (
    <article className="release">
      <p className="text-sm text-muted">
        <Link className="text-accent underline" href={`/news/category/${release.category.slug}`}>
          {release.category.name}
        </Link>
      </p>
      <h1 className="mt-1 font-serif text-2xl font-bold">{release.title}</h1>
      <p className="mt-2 text-sm text-muted">
        {release.publishAt ? <time dateTime={release.publishAt.toISOString()}>{formatDateTime(release.publishAt, zone)}</time> : <span>Not yet published</span>}
        {" · "}
        <span>
          By {release.author.name}
          {release.author.title ? `, ${release.author.title}` : ""}
        </span>
      </p>
      {release.corrections.length > 0 ? (
        <ul className="mt-4 space-y-1 border-l-4 border-accent bg-wash px-4 py-2 text-sm" aria-label="Corrections">
          {release.corrections.map((c) => (
            <li key={c.id}>
              Updated on <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, zone)}</time>: {c.note}
            </li>
          ))}
        </ul>
      ) : null}
      <ReleaseBody release={release} />
      <p className="mt-6 hidden text-sm print:block">{`${siteUrl}/news/${release.slug}`}</p>
    </article>
  );
}
