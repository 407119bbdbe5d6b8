"use server";

import { revalidatePath } from "next/cache";
import { toActionState } from "@/lib/server/action-state";
import { requireActor } from "@/lib/server/auth/session";
import { changeRole, createUserWithOneTimePassword, resetPassword, setUserDisabled } from "@/lib/server/users/manage-users";
import type { AdminActionState } from "./_components/action-form";

const text = (formData: FormData, key: string) => String(formData.get(key) ?? "");

export async function createUserAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  try {
    const actor = await requireActor();
    const { user, oneTimePassword } = await createUserWithOneTimePassword(actor, {
      email: text(formData, "email"),
      name: text(formData, "name"),
      role: text(formData, "role"),
    });
    revalidatePath("/admin/users");
    return { ok: true, message: `Account created for ${user.email}.`, secret: oneTimePassword };
  } catch (error) {
    return toActionState(error);
  }
}

export async function changeRoleAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  try {
    await changeRole(await requireActor(), text(formData, "userId"), text(formData, "role"));
    revalidatePath("/admin/users");
    return { ok: true, message: "Role changed. Their open sessions have ended." };
  } catch (error) {
    return toActionState(error);
  }
}

export async function setDisabledAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  try {
    const disabled = text(formData, "disabled") === "true";
    await setUserDisabled(await requireActor(), text(formData, "userId"), disabled);
    revalidatePath("/admin/users");
    return { ok: true, message: disabled ? "Account disabled. Their open sessions have ended." : "Account enabled." };
  } catch (error) {
    return toActionState(error);
  }
}

export async function resetPasswordAction(_prev: AdminActionState, formData: FormData): Promise<AdminActionState> {
  try {
    const { oneTimePassword } = await resetPassword(await requireActor(), text(formData, "userId"));
    return { ok: true, message: "Password reset. Their open sessions have ended.", secret: oneTimePassword };
  } catch (error) {
    return toActionState(error);
  }
}
