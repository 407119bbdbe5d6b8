import Link from "next/link";

export function NotFoundContent() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-2xl font-bold">Page not found</h1>
      <p className="mt-4">There is no page at this address. It may have been mistyped, or the item may never have been published.</p>
      <p className="mt-4">
        <Link className="text-accent underline" href="/">
          Home
        </Link>
        {" · "}
        <Link className="text-accent underline" href="/news">
          All messages
        </Link>
      </p>
    </main>
  );
}
