"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/schemas/action-state";
import { changePasswordAction, updateNameAction } from "./actions";

function Message({ state }: { state: ActionState }) {
  return (
    <p role={state.ok === false ? "alert" : "status"} aria-live="polite" className={state.ok === false ? "mt-2 text-danger" : "mt-2 text-success"}>
      {state.message ?? ""}
    </p>
  );
}

const submit = "rounded bg-accent px-4 py-2 font-semibold text-white";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateNameAction, {});
  return (
    <form action={action} noValidate className="max-w-md">
      <Field label="Your name" name="name" defaultValue={name} autoComplete="name" required errors={state.fieldErrors?.name} />
      <button type="submit" disabled={pending} className={submit}>Save name</button>
      <Message state={state} />
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, {});
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="max-w-md">
      <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={e.currentPassword} />
      <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required hint="At least 12 characters. You will sign in again afterwards." errors={e.newPassword} />
      <Field label="New password again" name="confirmPassword" type="password" autoComplete="new-password" required errors={e.confirmPassword} />
      <button type="submit" disabled={pending} className={submit}>Change password</button>
      <Message state={state} />
    </form>
  );
}
