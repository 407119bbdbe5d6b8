"use server";

import type { ActionState } from "@/lib/schemas/action-state";
import { toActionState } from "@/lib/server/action-state";
import { requireActor } from "@/lib/server/auth/session";
import { updateSettings } from "@/lib/server/settings/update-settings";

const FIELDS = ["siteName", "siteDescription", "consularPhone", "consularEmail", "clock1Label", "clock1Zone", "clock2Label", "clock2Zone"] as const;

export async function updateSettingsAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const input = Object.fromEntries(FIELDS.map((key) => [key, String(formData.get(key) ?? "")])) as Record<(typeof FIELDS)[number], string>;
    await updateSettings(await requireActor(), input);
    return { ok: true, message: "Settings saved. The public site shows them within seconds." };
  } catch (error) {
    return toActionState(error);
  }
}
