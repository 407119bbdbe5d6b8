import type { Action } from "@/lib/server/auth/permissions";

// Who may reach what, written down once. tests/security/inventory.test.ts fails
// when a route handler, newsroom page or server action exists without a rule
// here, or a rule names something that no longer exists. The expected outcome
// for each role is never written here: it is read from the permission table
// (lib/server/auth/permissions.ts), so the tests check the app against it.

// "public": anyone, signed in or not.
export type Access = Action | "public";

// Route handlers, by URL pattern (the folder path under app/, groups removed),
// with the methods they export.
export const ROUTE_RULES: Record<string, { methods: readonly ("GET" | "POST")[]; access: Access }> = {
  "/api/auth/[...nextauth]": { methods: ["GET", "POST"], access: "public" },
  "/api/health": { methods: ["GET"], access: "public" },
  "/api/og/[slug]": { methods: ["GET"], access: "public" },
  "/api/v1/releases": { methods: ["GET"], access: "public" },
  "/api/v1/releases/[slug]": { methods: ["GET"], access: "public" },
  "/atom.xml": { methods: ["GET"], access: "public" },
  "/feed.json": { methods: ["GET"], access: "public" },
  "/feed.xml": { methods: ["GET"], access: "public" },
  "/news/category/[slug]/atom.xml": { methods: ["GET"], access: "public" },
  "/news/category/[slug]/feed.json": { methods: ["GET"], access: "public" },
  "/news/category/[slug]/feed.xml": { methods: ["GET"], access: "public" },
  "/news/withdrawn-slugs": { methods: ["GET"], access: "public" },
  "/search": { methods: ["GET"], access: "public" },
  "/sitemap.xml": { methods: ["GET"], access: "public" },
};

// Newsroom pages. Anonymous visitors are sent to /login; a signed-in role
// without the permission sees "Your role does not allow this." and none of the
// page's data.
export const PAGE_RULES: Record<string, Action> = {
  "/admin": "newsroom:enter",
  "/admin/audit": "audit:view",
  "/admin/authors": "taxonomy:manage",
  "/admin/categories": "taxonomy:manage",
  "/admin/profile": "profile:edit",
  "/admin/releases": "newsroom:enter",
  "/admin/releases/[id]": "newsroom:enter",
  "/admin/releases/[id]/history": "newsroom:enter",
  "/admin/releases/[id]/preview": "release:preview",
  "/admin/releases/new": "release:create",
  "/admin/review": "newsroom:enter",
  "/admin/settings": "settings:manage",
  "/admin/users": "user:manage",
};

// Server actions: "<file under app/>#<export>". An action whose permission
// depends on what it is asked to do lists one permission per kind of request.
export const ACTION_RULES: Record<string, Access | Record<string, Action>> = {
  "(admin)/admin/authors/actions.ts#createAuthorAction": "taxonomy:manage",
  "(admin)/admin/authors/actions.ts#updateAuthorAction": "taxonomy:manage",
  "(admin)/admin/authors/actions.ts#moveAuthorAction": "taxonomy:manage",
  "(admin)/admin/authors/actions.ts#deleteAuthorAction": "taxonomy:manage",
  "(admin)/admin/categories/actions.ts#createCategoryAction": "taxonomy:manage",
  "(admin)/admin/categories/actions.ts#updateCategoryAction": "taxonomy:manage",
  "(admin)/admin/categories/actions.ts#moveCategoryAction": "taxonomy:manage",
  "(admin)/admin/categories/actions.ts#deleteCategoryAction": "taxonomy:manage",
  "(admin)/admin/profile/actions.ts#updateNameAction": "profile:edit",
  "(admin)/admin/profile/actions.ts#changePasswordAction": "profile:edit",
  "(admin)/admin/settings/actions.ts#updateSettingsAction": "settings:manage",
  "(admin)/admin/users/actions.ts#createUserAction": "user:manage",
  "(admin)/admin/users/actions.ts#changeRoleAction": "user:manage",
  "(admin)/admin/users/actions.ts#setDisabledAction": "user:manage",
  "(admin)/admin/users/actions.ts#resetPasswordAction": "user:manage",
  "(admin)/admin/releases/[id]/actions.ts#createReleaseAction": "release:create",
  // Someone else's draft needs release:edit-any; one's own draft release:edit-own.
  "(admin)/admin/releases/[id]/actions.ts#saveReleaseAction": "release:edit-any",
  "(admin)/admin/releases/[id]/actions.ts#workflowAction": {
    submit: "release:submit",
    publish: "release:publish",
    schedule: "release:publish",
    unpublish: "release:unpublish",
    withdraw: "release:withdraw",
    correct: "release:correct",
  },
  "(admin)/admin/releases/[id]/actions.ts#heartbeatAction": "newsroom:enter",
  "(admin)/admin/releases/[id]/actions.ts#restoreRevisionAction": "release:restore",
  // First run only: refused for everyone once any account exists.
  "(auth)/setup/actions.ts#setupAction": "public",
};

// Every (action, kind) pair the matrices exercise, with its permission.
export type ActionCase = { key: string; kind: string | null; access: Access };
export function actionCases(): ActionCase[] {
  return Object.entries(ACTION_RULES).flatMap(([key, rule]): ActionCase[] =>
    typeof rule === "string" ? [{ key, kind: null, access: rule }] : Object.entries(rule).map(([kind, access]) => ({ key, kind, access })),
  );
}
