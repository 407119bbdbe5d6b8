"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/schemas/action-state";
import { toActionState } from "@/lib/server/action-state";
import { requireActor } from "@/lib/server/auth/session";
import { changeOwnPassword, updateOwnName } from "@/lib/server/users/profile";

export async function updateNameAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await updateOwnName(await requireActor(), { name: String(formData.get("name") ?? "") });
    revalidatePath("/admin", "layout");
    return { ok: true, message: "Name saved." };
  } catch (error) {
    return toActionState(error);
  }
}

export async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await changeOwnPassword(await requireActor(), {
      currentPassword: String(formData.get("currentPassword") ?? ""),
      newPassword: String(formData.get("newPassword") ?? ""),
      confirmPassword: String(formData.get("confirmPassword") ?? ""),
    });
  } catch (error) {
    return toActionState(error);
  }
  // Every session of the account has ended, this one too.
  redirect("/login?callbackUrl=/admin/profile");
}
