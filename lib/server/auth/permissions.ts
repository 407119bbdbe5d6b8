import "server-only";
import type { RoleName } from "@/lib/schemas/user";
import { AppError } from "../errors";

// The one permission table. Every data-layer function asks it; layouts and the
// proxy only redirect for comfort.
export type Actor = { id: string; email: string; name: string; role: RoleName };

export const ACTIONS = [
  "newsroom:enter", // see the newsroom, drafts included
  "release:create",
  "release:edit-own", // edit one's own draft or returned release
  "release:edit-any",
  "release:submit",
  "release:publish", // publish now or schedule
  "release:unpublish",
  "release:withdraw",
  "release:correct",
  "release:restore",
  "release:preview",
  "taxonomy:manage", // categories and authors
  "user:manage",
  "settings:manage",
  "audit:view",
  "profile:edit", // one's own name and password
] as const;
export type Action = (typeof ACTIONS)[number];

const WRITER: readonly Action[] = [
  "newsroom:enter",
  "release:create",
  "release:edit-own",
  "release:submit",
  "release:preview",
  "release:restore",
  "profile:edit",
];
const EDITOR: readonly Action[] = [
  ...WRITER,
  "release:edit-any",
  "release:publish",
  "release:unpublish",
  "release:withdraw",
  "release:correct",
  "taxonomy:manage",
];
const ADMIN: readonly Action[] = [...EDITOR, "user:manage", "settings:manage", "audit:view"];

export const PERMISSIONS: Record<RoleName, ReadonlySet<Action>> = {
  WRITER: new Set(WRITER),
  EDITOR: new Set(EDITOR),
  ADMIN: new Set(ADMIN),
};

export function can(actor: Actor | null | undefined, action: Action): boolean {
  return !!actor && PERMISSIONS[actor.role].has(action);
}

export function assertCan(actor: Actor | null | undefined, action: Action): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!can(actor, action)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}

// A release a writer may touch: their own, while it is still a draft.
export function canEditRelease(
  actor: Actor | null | undefined,
  release: { createdById: string | null; status: string },
): boolean {
  if (can(actor, "release:edit-any")) return true;
  return (
    can(actor, "release:edit-own") &&
    release.createdById === actor?.id &&
    release.status === "DRAFT"
  );
}
