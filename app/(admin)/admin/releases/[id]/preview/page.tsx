import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { PublicShell } from "@/components/public/public-shell";
import { ReleaseArticle } from "@/components/public/release-article";
import { siteZone } from "@/lib/server/settings/site-zone";
import { requireActor } from "@/lib/server/auth/session";
import { env } from "@/lib/server/env";
import { getReleaseForEditOrThrow } from "@/lib/server/releases/queries";
import { getSettings } from "@/lib/server/settings/get-settings";

export const metadata: Metadata = { title: "Preview — Pressroom", robots: { index: false } };

// Signed-in only: the release inside the public site's own masthead and
// article component, exactly as readers will see it once it is public.
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [release, settings, requestHeaders] = await Promise.all([getReleaseForEditOrThrow(actor, id), getSettings(), headers()]);
  // proxy.ts puts this response's CSP nonce on the request: the masthead's
  // inline clock script needs it to run under the newsroom's strict policy.
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  // One main landmark holds it all, so the public masthead and footer nested
  // here are not a second banner and content-info beside the newsroom's own.
  return (
    <main id="main">
      <p className="bg-accent px-4 py-2 text-white">
        Preview of a {release.status.replace("_", " ").toLowerCase()} release — not public.{" "}
        <Link className="underline" href={`/admin/releases/${id}`}>
          Back to the editor
        </Link>
      </p>
      <PublicShell nonce={nonce}>
        <div className="mx-auto max-w-3xl px-4 py-8">
          <ReleaseArticle release={release} zone={siteZone(settings)} siteUrl={env().siteUrl} />
        </div>
      </PublicShell>
    </main>
  );
}
