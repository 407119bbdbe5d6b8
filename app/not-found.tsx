import { NotFoundContent } from "@/components/public/not-found-content";
import { PublicShell } from "@/components/public/public-shell";

// Unknown addresses anywhere on the site: the public design, status 404.
export default function NotFound() {
  return (
    <PublicShell>
      <NotFoundContent />
    </PublicShell>
  );
}
