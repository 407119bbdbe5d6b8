import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { hasAnyUser } from "@/lib/server/users/queries";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "First-run setup — Pressroom" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (await hasAnyUser()) redirect("/login");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12">
      <h1 className="mb-2 text-2xl font-bold">Set up Pressroom</h1>
      <p className="mb-6 text-muted">No account exists yet. Create the first administrator; you can add the rest of the press office afterwards.</p>
      <SetupForm />
    </main>
  );
}
