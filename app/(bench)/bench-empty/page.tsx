import type { Metadata } from "next";

// The bundle budget's reference: a page with nothing of ours on it, so its
// first-load JavaScript is the bare Next.js runtime of this build.
export const metadata: Metadata = { title: "Empty reference page", robots: { index: false, follow: false } };

export default function BenchEmptyPage() {
  return <main>Empty reference page.</main>;
}
