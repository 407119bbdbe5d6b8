// Plain links, not next/link: `?page=N` is rewritten to a cached path by
// proxy.ts on the server, while the client router would treat /news?page=2 as
// the static /news page it already has (static pages ignore search params).
export function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}?page=${n}`);
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a className="text-accent underline" rel="prev" href={href(page - 1)}>
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a className="text-accent underline" rel="next" href={href(page + 1)}>
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
