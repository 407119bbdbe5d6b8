import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Pressroom", template: "%s" },
  // Feeds advertised on every page (see README "Feeds and sitemap").
  alternates: {
    types: {
      "application/rss+xml": [{ url: "/feed.xml", title: "RSS" }],
      "application/atom+xml": [{ url: "/atom.xml", title: "Atom" }],
      "application/feed+json": [{ url: "/feed.json", title: "JSON Feed" }],
    },
  },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
