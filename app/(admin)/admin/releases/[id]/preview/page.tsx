import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/server/auth/session";
import { getReleaseForEditOrThrow } from "@/lib/server/releases/queries";

export const metadata: Metadata = { title: "Preview — Pressroom", robots: { index: false } };

// Signed-in only. Until the public site's release component lands on main this
// renders the same parts simply: title, date, byline, summary, question, body.
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const r = await getReleaseForEditOrThrow(actor, id);
  const date = r.publishAt ? new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "Europe/London" }).format(r.publishAt) : "Not yet published";
  return (
    <div>
      <aside aria-label="Preview notice" className="bg-accent px-4 py-2 text-white">
        Preview of a {r.status.replace("_", " ").toLowerCase()} release — not public. <Link className="underline" href={`/admin/releases/${id}`}>Back to the editor</Link>
      </aside>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <article>
          <p className="text-sm uppercase text-muted">{r.category.name}</p>
          <h1 className="font-serif text-3xl font-bold">{r.title}</h1>
          <p className="mt-2 text-muted"><time>{date}</time> · {r.author.name}{r.author.title ? `, ${r.author.title}` : ""}</p>
          {r.summary ? <p className="mt-4 text-lg">{r.summary}</p> : null}
          {r.question ? <blockquote className="mt-4 border-l-4 border-rule pl-3"><p className="font-semibold">Question:</p><p>{r.question}</p></blockquote> : null}
          {/* The body was sanitised against the allowlist before it was stored. */}
          <div className="prose-body mt-4" dangerouslySetInnerHTML={{ __html: r.body }} />
          {r.corrections.map((c) => <p key={c.id} className="mt-4 text-sm">Updated on {new Intl.DateTimeFormat("en-GB", { dateStyle: "long" }).format(c.createdAt)}: {c.note}</p>)}
        </article>
      </main>
    </div>
  );
}
