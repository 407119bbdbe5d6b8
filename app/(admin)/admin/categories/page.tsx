import type { Metadata } from "next";
import { requireActor } from "@/lib/server/auth/session";
import { listCategories } from "@/lib/server/taxonomy/categories";
import { Guarded } from "../users/_components/guarded";
import { TaxonomyManager } from "../categories/_components/taxonomy-manager";
import { createCategoryAction, deleteCategoryAction, moveCategoryAction, updateCategoryAction } from "./actions";

export const metadata: Metadata = { title: "Categories — Pressroom" };

export default async function CategoriesPage() {
  const actor = await requireActor();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Categories</h1>
      <p className="mt-2 text-muted">The order here is the order on the public site. Renaming keeps the address. A category in use cannot be deleted.</p>
      <Guarded load={() => listCategories(actor)}>
        {(rows) => (
          <TaxonomyManager
            items={rows.map((r) => ({ id: r.id, name: r.name, extra: r.description, slug: r.slug, releases: r.releases }))}
            noun="category"
            extra={{ name: "description", label: "Description" }}
            actions={{ create: createCategoryAction, update: updateCategoryAction, move: moveCategoryAction, remove: deleteCategoryAction }}
          />
        )}
      </Guarded>
    </main>
  );
}
