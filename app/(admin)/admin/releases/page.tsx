import type { Metadata } from "next";
import Link from "next/link";
import { ReleaseTable } from "@/components/editor/release-table";
import { RELEASE_STATUSES } from "@/lib/schemas/release";
import { requireActor } from "@/lib/server/auth/session";
import { listReleases, listTaxonomy } from "@/lib/server/releases/queries";

export const metadata: Metadata = { title: "Releases — Pressroom" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export default async function ReleasesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const [{ rows, total, page, pages, query }, { categories, authors }] = await Promise.all([
    listReleases(actor, { status: one(sp.status), category: one(sp.category), author: one(sp.author), q: one(sp.q), sort: one(sp.sort), page: one(sp.page) }),
    listTaxonomy(actor),
  ]);
  const pageHref = (n: number) => `/admin/releases?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])), page: String(n) })}`;
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-bold">Releases</h1>
        <Link href="/admin/releases/new" className="rounded bg-accent px-4 py-2 font-semibold text-white">New release</Link>
      </div>
      <form method="get" className="my-4 flex flex-wrap items-end gap-3" aria-label="Filter releases">
        <label>Find by title<br /><input name="q" type="search" defaultValue={query.q ?? ""} className="rounded border px-2 py-1" /></label>
        <label>Status<br />
          <select name="status" defaultValue={query.status ?? ""} className="rounded border px-2 py-1">
            <option value="">Any</option>
            {RELEASE_STATUSES.map((s) => <option key={s} value={s}>{s.replace("_", " ").toLowerCase()}</option>)}
          </select>
        </label>
        <label>Category<br />
          <select name="category" defaultValue={query.category ?? ""} className="rounded border px-2 py-1">
            <option value="">Any</option>
            {categories.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </label>
        <label>Author<br />
          <select name="author" defaultValue={query.author ?? ""} className="rounded border px-2 py-1">
            <option value="">Any</option>
            {authors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </select>
        </label>
        <label>Sort by<br />
          <select name="sort" defaultValue={query.sort} className="rounded border px-2 py-1">
            <option value="updated">Last update</option>
            <option value="published">Publish time</option>
          </select>
        </label>
        <button type="submit" className="rounded border border-accent px-3 py-1">Apply</button>
      </form>
      <p className="mb-2 text-muted" role="status">{total} release{total === 1 ? "" : "s"}</p>
      <ReleaseTable rows={rows} caption="Releases" />
      <nav aria-label="Pages" className="mt-4 flex gap-4">
        {page > 1 ? <Link className="underline" href={pageHref(page - 1)}>Previous page</Link> : null}
        <span>Page {page} of {pages}</span>
        {page < pages ? <Link className="underline" href={pageHref(page + 1)}>Next page</Link> : null}
      </nav>
    </main>
  );
}
