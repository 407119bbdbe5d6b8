import type { Metadata } from "next";
import Link from "next/link";
import { ReleaseEditor } from "@/components/editor/release-editor";
import { assertCan, can } from "@/lib/server/auth/permissions";
import { requireActor } from "@/lib/server/auth/session";
import { listTaxonomy } from "@/lib/server/releases/queries";
import { getSettings } from "@/lib/server/settings/get-settings";

export const metadata: Metadata = { title: "New release — Pressroom" };

export default async function NewReleasePage() {
  const actor = await requireActor();
  assertCan(actor, "release:create");
  const [{ categories, authors }, settings] = await Promise.all([listTaxonomy(actor), getSettings()]);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <p><Link className="underline" href="/admin/releases">← All releases</Link></p>
      <h1 className="mb-4 text-2xl font-bold">New release</h1>
      <p className="mb-4 text-muted">The draft is saved automatically once it has a title, a category and an author.</p>
      <ReleaseEditor
        releaseId={null}
        version={0}
        status="DRAFT"
        initial={{ title: "", slug: "", categoryId: "", authorId: "", summary: "", body: "", question: "", featured: false, changeSlug: false }}
        categories={categories}
        authors={authors}
        canEdit
        slugFrozen={false}
        canChangeFrozenSlug={false}
        workflow={{ status: "DRAFT", publishAt: null, withdrawalReason: null, corrections: [], clocks: settings.clocks, allowed: { submit: can(actor, "release:submit"), publish: can(actor, "release:publish"), unpublish: false, withdraw: false, correct: false } }}
      />
    </main>
  );
}
