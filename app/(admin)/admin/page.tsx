import type { Metadata } from "next";
import Link from "next/link";
import { ReleaseTable } from "@/components/editor/release-table";
import { requireActor } from "@/lib/server/auth/session";
import { listReleases, listReviewQueue } from "@/lib/server/releases/queries";

export const metadata: Metadata = { title: "Newsroom — Pressroom" };

export default async function AdminHome() {
  const actor = await requireActor();
  const [recent, review] = await Promise.all([listReleases(actor, { sort: "updated" }), listReviewQueue(actor)]);
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-2xl font-bold">Newsroom</h1>
      <p className="mt-2">Welcome, {actor.name}.</p>
      <p className="mt-4 flex gap-4">
        <Link href="/admin/releases/new" className="rounded bg-accent px-4 py-2 font-semibold text-white">New release</Link>
        <Link href="/admin/review" className="underline">Review queue ({review.length})</Link>
      </p>
      <h2 className="mb-2 mt-6 text-lg font-bold">Recently edited</h2>
      <ReleaseTable rows={recent.rows.slice(0, 10)} caption="Recently edited releases" />
    </main>
  );
}
