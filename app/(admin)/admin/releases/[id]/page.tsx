import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReleaseEditor } from "@/components/editor/release-editor";
import { can, canEditRelease } from "@/lib/server/auth/permissions";
import { requireActor } from "@/lib/server/auth/session";
import { isAppError } from "@/lib/server/errors";
import { getReleaseForEditOrThrow, isSlugFrozen, listTaxonomy } from "@/lib/server/releases/queries";
import { getSettings } from "@/lib/server/settings/get-settings";

export const metadata: Metadata = { title: "Edit release — Pressroom" };

export default async function EditReleasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const release = await getReleaseForEditOrThrow(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [{ categories, authors }, settings, slugFrozen] = await Promise.all([listTaxonomy(actor), getSettings(), isSlugFrozen(actor, release)]);
  const own = release.createdById === actor.id;
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <p><Link className="underline" href="/admin/releases">← All releases</Link></p>
      <h1 className="mb-4 text-2xl font-bold">Edit release</h1>
      <ReleaseEditor
        releaseId={release.id}
        version={release.version}
        status={release.status}
        initial={{
          title: release.title, slug: release.slug, categoryId: release.categoryId, authorId: release.authorId, summary: release.summary,
          body: release.body, question: release.question ?? "", featured: release.featured, changeSlug: false,
        }}
        categories={categories}
        authors={authors}
        canEdit={canEditRelease(actor, release)}
        slugFrozen={slugFrozen}
        canChangeFrozenSlug={can(actor, "release:edit-any")}
        workflow={{
          status: release.status,
          publishAt: release.publishAt?.toISOString() ?? null,
          withdrawalReason: release.withdrawalReason,
          corrections: release.corrections.map((c) => ({ id: c.id, note: c.note, createdAt: c.createdAt.toISOString() })),
          clocks: settings.clocks,
          allowed: {
            submit: can(actor, "release:submit") && (own || can(actor, "release:edit-any")),
            publish: can(actor, "release:publish"),
            unpublish: can(actor, "release:unpublish"),
            withdraw: can(actor, "release:withdraw"),
            correct: can(actor, "release:correct"),
          },
        }}
      />
    </main>
  );
}
