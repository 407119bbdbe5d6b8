import type { Metadata } from "next";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in — Pressroom" };

function safeCallback(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  // Only same-site paths, never another origin.
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/admin";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-12">
      <h1 className="mb-6 text-2xl font-bold">Sign in to the newsroom</h1>
      {params.setup === "done" ? (
        <p role="status" className="mb-4 text-success">
          Your admin account is ready. Sign in with it.
        </p>
      ) : null}
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
    </main>
  );
}
