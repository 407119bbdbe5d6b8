import type { ActionState } from "@/lib/schemas/action-state";
import type { ReleaseContent } from "@/lib/schemas/release";

export type ConflictInfo = { version: number; title: string; body: string; summary: string; updatedBy: string };

export type SaveResult = ActionState & { id?: string; version?: number; slug?: string; conflict?: ConflictInfo };

export type WorkflowRequest =
  | { kind: "submit" | "publish" | "unpublish" }
  | { kind: "withdraw"; reason: string }
  | { kind: "schedule"; local: string; zone: string }
  | { kind: "correct"; note: string; content: ReleaseContent };

export type EditorContent = {
  title: string;
  slug: string;
  categoryId: string;
  authorId: string;
  summary: string;
  body: string;
  question: string;
  featured: boolean;
  changeSlug: boolean;
};
