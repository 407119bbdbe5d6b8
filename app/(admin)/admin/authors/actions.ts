"use server";

import { revalidatePath } from "next/cache";
import { toActionState } from "@/lib/server/action-state";
import { requireActor } from "@/lib/server/auth/session";
import { createAuthor, deleteAuthor, moveAuthor, updateAuthor } from "@/lib/server/taxonomy/authors";
import type { AdminActionState } from "../users/_components/action-form";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

async function run(work: () => Promise<unknown>, message: string): Promise<AdminActionState> {
  try {
    await work();
    revalidatePath("/admin/authors");
    return { ok: true, message };
  } catch (error) {
    return toActionState(error);
  }
}

export async function createAuthorAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => createAuthor(await requireActor(), { name: text(formData, "name"), title: text(formData, "title") }), "Added.");
}

export async function updateAuthorAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => updateAuthor(await requireActor(), text(formData, "id"), { name: text(formData, "name"), title: text(formData, "title") }), "Saved.");
}

export async function moveAuthorAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => moveAuthor(await requireActor(), text(formData, "id"), text(formData, "direction")), "Moved.");
}

export async function deleteAuthorAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => deleteAuthor(await requireActor(), text(formData, "id")), "Deleted.");
}
