"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/schemas/action-state";
import { toActionState } from "@/lib/server/action-state";
import { createFirstAdmin } from "@/lib/server/users/create-user";

export async function setupAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    await createFirstAdmin({
      email: String(formData.get("email") ?? ""),
      name: String(formData.get("name") ?? ""),
      password: String(formData.get("password") ?? ""),
    });
  } catch (error) {
    return toActionState(error);
  }
  redirect("/login?setup=done");
}
