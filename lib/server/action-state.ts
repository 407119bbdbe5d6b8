import "server-only";
import type { ActionState } from "@/lib/schemas/action-state";
import { isAppError } from "./errors";

// Turns whatever a data-layer call threw into what a form can show. Unknown
// errors are logged for the operator and never shown to the user.
export function toActionState(error: unknown): ActionState {
  if (isAppError(error)) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  console.error(error);
  return { ok: false, message: "Something went wrong and nothing was saved. Please try again." };
}
