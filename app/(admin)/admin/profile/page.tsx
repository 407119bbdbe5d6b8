import type { Metadata } from "next";
import { requireActor } from "@/lib/server/auth/session";
import { NameForm, PasswordForm } from "./profile-forms";

export const metadata: Metadata = { title: "Your profile — Pressroom" };

export default async function ProfilePage() {
  const actor = await requireActor();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">Your profile</h1>
      <p className="mt-2 text-muted">{actor.email} · {actor.role.toLowerCase()}</p>
      <h2 className="mt-8 mb-4 text-xl font-bold">Name</h2>
      <NameForm name={actor.name} />
      <h2 className="mt-8 mb-4 text-xl font-bold">Password</h2>
      <PasswordForm />
    </main>
  );
}
