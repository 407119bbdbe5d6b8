import type { Metadata } from "next";
import { requireActor } from "@/lib/server/auth/session";
import { listAuthors } from "@/lib/server/taxonomy/authors";
import { Guarded } from "../users/_components/guarded";
import { TaxonomyManager } from "../categories/_components/taxonomy-manager";
import { createAuthorAction, deleteAuthorAction, moveAuthorAction, updateAuthorAction } from "./actions";

export const metadata: Metadata = { title: "Authors — Pressroom" };

export default async function AuthorsPage() {
  const actor = await requireActor();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Authors</h1>
      <p className="mt-2 text-muted">The order here is the order on the public site. Renaming keeps the address. A author in use cannot be deleted.</p>
      <Guarded load={() => listAuthors(actor)}>
        {(rows) => (
          <TaxonomyManager
            items={rows.map((r) => ({ id: r.id, name: r.name, extra: r.title, slug: r.slug, releases: r.releases }))}
            noun="author"
            extra={{ name: "title", label: "Title" }}
            actions={{ create: createAuthorAction, update: updateAuthorAction, move: moveAuthorAction, remove: deleteAuthorAction }}
          />
        )}
      </Guarded>
    </main>
  );
}
