import Link from "next/link";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/ui/sign-out-button";
import { can, type Action } from "@/lib/server/auth/permissions";
import { getActor } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

const LINKS: { href: string; label: string; needs: Action }[] = [
  { href: "/admin/releases", label: "Releases", needs: "newsroom:enter" },
  { href: "/admin/review", label: "Review queue", needs: "newsroom:enter" },
  { href: "/admin/categories", label: "Categories", needs: "taxonomy:manage" },
  { href: "/admin/authors", label: "Authors", needs: "taxonomy:manage" },
  { href: "/admin/users", label: "Users", needs: "user:manage" },
  { href: "/admin/settings", label: "Settings", needs: "settings:manage" },
  { href: "/admin/audit", label: "Audit", needs: "audit:view" },
  { href: "/admin/profile", label: "Your profile", needs: "profile:edit" },
];

// For comfort only: every data-layer call checks the actor again.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/login?callbackUrl=/admin");
  return (
    <div>
      <header className="border-b border-rule bg-wash px-4 py-3">
        <div className="flex flex-wrap items-center gap-x-4">
          <Link href="/admin" className="font-bold">Pressroom newsroom</Link>
          <nav aria-label="Newsroom">
            <ul className="flex flex-wrap gap-x-4">
              {LINKS.filter((l) => can(actor, l.needs)).map((l) => (
                <li key={l.href}><Link className="underline" href={l.href}>{l.label}</Link></li>
              ))}
            </ul>
          </nav>
          <span className="ml-auto text-muted">Signed in as {actor.name} ({actor.role.toLowerCase()})</span>
          <SignOutButton />
        </div>
      </header>
      {children}
    </div>
  );
}
