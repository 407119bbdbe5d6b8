import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The one visibility rule. A release is public at an instant when it has been
// published or scheduled and its publish time has come. Drafts, releases in
// review and withdrawn releases are never listed. Pages, feeds, sitemap,
// search and the JSON API all use this, so an embargo cannot leak.
export function publicReleaseWhere(now: Date = new Date()): Prisma.ReleaseWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishAt: { lte: now } };
}

export function isPublicAt(release: { status: string; publishAt: Date | null }, now: Date = new Date()): boolean {
  return (
    (release.status === "PUBLISHED" || release.status === "SCHEDULED") &&
    release.publishAt !== null &&
    release.publishAt.getTime() <= now.getTime()
  );
}

// A withdrawn release keeps its page, which says so (HTTP 410).
export function isWithdrawn(release: { status: string }): boolean {
  return release.status === "WITHDRAWN";
}
