import type { Metadata } from "next";
import { ReleaseTable } from "@/components/editor/release-table";
import { requireActor } from "@/lib/server/auth/session";
import { listReviewQueue } from "@/lib/server/releases/queries";

export const metadata: Metadata = { title: "Review queue — Pressroom" };

export default async function ReviewPage() {
  const actor = await requireActor();
  const rows = await listReviewQueue(actor);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="mb-4 text-2xl font-bold">Review queue</h1>
      <p className="mb-4 text-muted">Submitted releases, oldest first.</p>
      <ReleaseTable rows={rows} caption="Releases waiting for review" />
    </main>
  );
}
