import "server-only";
import type { z } from "zod";
import { slugify } from "@/lib/content/slug";
import { fieldErrorsOf } from "@/lib/schemas/action-state";
import { AppError } from "../errors";

export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0]?.message ?? "Invalid input", fieldErrorsOf(parsed.error));
  return parsed.data;
}

// A slug from the name, made unique with -2, -3 … Renaming keeps the slug, so
// public addresses stay stable.
export async function uniqueSlug(name: string, fallback: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(name) || fallback;
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}

// The new order after moving one item up or down, as [id, sortOrder] pairs
// spaced by ten; null when it is already at that end.
export function reordered(ids: string[], id: string, direction: "up" | "down"): [string, number][] | null {
  const index = ids.indexOf(id);
  if (index < 0) throw new AppError("NOT_FOUND", "That item no longer exists.");
  const other = direction === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= ids.length) return null;
  const next = [...ids];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next.map((value, i) => [value, (i + 1) * 10]);
}

export function usedBy(releases: number, what: string): AppError {
  const noun = releases === 1 ? "release" : "releases";
  return new AppError("CONFLICT", `Used by ${releases} ${noun} (drafts included), so this ${what} cannot be deleted. Move those releases to another ${what} first.`);
}
