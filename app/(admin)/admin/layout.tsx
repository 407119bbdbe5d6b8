import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { getActor } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

// For comfort only: every data-layer call checks the actor again.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  return (
    <div>
      <header className="border-b border-rule bg-wash px-4 py-3">
        <Link href="/admin" className="font-bold">
          Pressroom newsroom
        </Link>
        <span className="ml-4 text-muted">
          Signed in as {actor.name} ({actor.role.toLowerCase()})
        </span>
        <SignOutButton />
      </header>
      {children}
    </div>
  );
}
