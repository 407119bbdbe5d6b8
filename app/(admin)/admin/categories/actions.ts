"use server";

import { revalidatePath } from "next/cache";
import { toActionState } from "@/lib/server/action-state";
import { requireActor } from "@/lib/server/auth/session";
import { createCategory, deleteCategory, moveCategory, updateCategory } from "@/lib/server/taxonomy/categories";
import type { AdminActionState } from "../users/_components/action-form";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

async function run(work: () => Promise<unknown>, message: string): Promise<AdminActionState> {
  try {
    await work();
    revalidatePath("/admin/categories");
    return { ok: true, message };
  } catch (error) {
    return toActionState(error);
  }
}

export async function createCategoryAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => createCategory(await requireActor(), { name: text(formData, "name"), description: text(formData, "description") }), "Added.");
}

export async function updateCategoryAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => updateCategory(await requireActor(), text(formData, "id"), { name: text(formData, "name"), description: text(formData, "description") }), "Saved.");
}

export async function moveCategoryAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => moveCategory(await requireActor(), text(formData, "id"), text(formData, "direction")), "Moved.");
}

export async function deleteCategoryAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  return run(async () => deleteCategory(await requireActor(), text(formData, "id")), "Deleted.");
}
