import "@/components/public/print.css";
import { PublicShell } from "@/components/public/public-shell";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
