import { z } from "@/lib/schemas/messages";

const name = z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120, "Name must be at most 120 characters");

export const categorySchema = z.object({
  name,
  description: z.string().trim().max(300, "Description must be at most 300 characters").default(""),
});
export type CategoryInput = z.input<typeof categorySchema>;

export const authorSchema = z.object({
  name,
  // What the public sees under the name, e.g. "Press Officer".
  title: z.string().trim().max(120, "Title must be at most 120 characters").default(""),
});
export type AuthorInput = z.input<typeof authorSchema>;

export const moveSchema = z.enum(["up", "down"], { error: "Choose up or down" });
