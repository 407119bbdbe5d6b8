import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The one visibility rule. A release is public at an instant when it has been
// published or scheduled and its publish time has come. Drafts, releases in
// review and withdrawn releases are never listed. Pages, feeds, sitemap,
// search and the JSON API all use this, so an embargo cannot leak.
//
// "status is PUBLISHED or SCHEDULED" is written NOT (status NOT IN (…)): the
// same rows (status is never null), but not a term an index on status can
// seek. SQLite's planner otherwise takes the (status, publishAt) index for the
// IN list and then sorts every visible row to get them newest first across the
// two statuses; without that bait it reads (publishAt, id, status) in order and
// stops after one page. PostgreSQL folds it back to status = ANY(…) and plans
// the same either way. lib/server/releases/list.query-count.test.ts proves the
// plans on both databases. Combine the rule with other conditions as
// AND: [publicReleaseWhere(now), …]; spreading it into an object with its own
// NOT or publishAt would silently drop part of it.
const PUBLIC_STATUSES = ["PUBLISHED", "SCHEDULED"] as const;

export function publicReleaseWhere(now: Date = new Date()): Prisma.ReleaseWhereInput {
  return { NOT: { status: { notIn: [...PUBLIC_STATUSES] } }, publishAt: { lte: now } };
}

/**
 * The rule's other half: releases that are not public at `now` but will be by
 * themselves once their time comes (nothing else has to happen to them).
 */
export function comingReleaseWhere(now: Date): Prisma.ReleaseWhereInput {
  return { NOT: { status: { notIn: [...PUBLIC_STATUSES] } }, publishAt: { gt: now } };
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
