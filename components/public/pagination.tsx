// Plain links to each page's own cached path (/news/page/2). `?page=N`, which
// links made before still carry, is rewritten to the same path by proxy.ts;
// linking the path itself spares every reader's request that rewrite, which
// cost the server about as much as serving the cached page's route (README,
// Performance).
export function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (n: number) => (n === 1 ? basePath : `${basePath}/page/${n}`);
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
