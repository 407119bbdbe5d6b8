import type { Metadata } from "next";
import Link from "next/link";
import { diffWords } from "diff";
import { bodyText } from "@/lib/content/sanitize";
import { requireActor } from "@/lib/server/auth/session";
import { getReleaseForEditOrThrow, getRevisionsOrThrow, listRevisions } from "@/lib/server/releases/queries";
import { restoreRevisionAction } from "../actions";

export const metadata: Metadata = { title: "History — Pressroom" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const when = (d: Date) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" }).format(d) + " UTC";
const asText = (r: { title: string; summary: string; question: string | null; body: string; slug: string }) =>
  [`Title: ${r.title}`, `Address: ${r.slug}`, `Summary: ${r.summary}`, r.question ? `Question: ${r.question}` : "", "", bodyText(r.body)].filter((l, i) => l !== "" || i === 4).join("\n");

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const sp = await searchParams;
  const actor = await requireActor();
  const [release, revisions] = await Promise.all([getReleaseForEditOrThrow(actor, id), listRevisions(actor, id)]);
  const from = one(sp.from) ?? revisions[1]?.id;
  const to = one(sp.to) ?? revisions[0]?.id;
  const pair = from && to ? await getRevisionsOrThrow(actor, id, [from, to]) : null;
  const parts = pair && pair[0] && pair[1] ? diffWords(asText(pair[0]), asText(pair[1])) : [];
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8">
      <p><Link className="underline" href={`/admin/releases/${id}`}>← Back to the editor</Link></p>
      <h1 className="mb-2 text-2xl font-bold">History of “{release.title}”</h1>
      {sp.restored ? <p role="status" className="text-success">Revision restored as a new version.</p> : null}
      {one(sp.error) ? <p role="alert" className="text-danger">{one(sp.error)}</p> : null}
      <form method="get" aria-label="Compare revisions">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Revisions, newest first</caption>
          <thead><tr className="border-b"><th scope="col">Version</th><th scope="col">Saved by</th><th scope="col">When</th><th scope="col">Note</th><th scope="col">Compare from</th><th scope="col">to</th></tr></thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-b">
                <td className="py-1">{r.version}</td>
                <td>{r.createdBy?.name ?? "—"}</td>
                <td>{when(r.createdAt)}</td>
                <td>{r.note}</td>
                <td><input type="radio" name="from" value={r.id} defaultChecked={r.id === from} aria-label={`Compare from version ${r.version}`} /></td>
                <td><input type="radio" name="to" value={r.id} defaultChecked={r.id === to} aria-label={`Compare to version ${r.version}`} /></td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="mt-2 rounded border border-accent px-3 py-1">Compare</button>
      </form>
      {pair && pair[0] && pair[1] ? (
        <section aria-labelledby="diff-heading" className="mt-6">
          <h2 id="diff-heading" className="text-lg font-bold">Changes from version {pair[0].version} to version {pair[1].version}</h2>
          <p className="text-sm text-muted">Removed text is struck through in red; added text is underlined in green.</p>
          <pre className="mt-2 whitespace-pre-wrap rounded border p-3 font-sans" data-testid="diff">
            {parts.map((part, i) =>
              part.added ? <ins key={i} className="bg-green-100 text-success">{part.value}</ins>
              : part.removed ? <del key={i} className="bg-red-100 text-danger">{part.value}</del>
              : <span key={i}>{part.value}</span>,
            )}
          </pre>
        </section>
      ) : null}
      <section aria-labelledby="restore-heading" className="mt-6">
        <h2 id="restore-heading" className="text-lg font-bold">Restore</h2>
        <p className="text-sm text-muted">Restoring saves that revision’s text as a new version; nothing is lost.</p>
        <ul>
          {revisions.slice(1).map((r) => (
            <li key={r.id} className="mt-1">
              <form action={restoreRevisionAction}>
                <input type="hidden" name="releaseId" value={id} />
                <input type="hidden" name="revisionId" value={r.id} />
                <input type="hidden" name="version" value={release.version} />
                <button type="submit" className="underline">Restore version {r.version}</button> <span className="text-sm text-muted">({r.title})</span>
              </form>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
