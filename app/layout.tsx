import type { Metadata } from "next";
import { FEED_ALTERNATE_TYPES } from "@/lib/server/feeds/alternates";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pressroom", template: "%s" },
  // Feeds advertised on every page (see README "Feeds and sitemap").
  alternates: { types: FEED_ALTERNATE_TYPES },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
