import type { Metadata } from "next";
import { requireActor } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Newsroom — Pressroom" };

export default async function AdminHome() {
  const actor = await requireActor();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Newsroom</h1>
      <p className="mt-2">Welcome, {actor.name}.</p>
    </main>
  );
}
