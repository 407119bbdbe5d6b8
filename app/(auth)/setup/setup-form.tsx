"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionState } from "@/lib/schemas/action-state";
import { setupAction } from "./actions";

export function SetupForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(setupAction, {});
  return (
    <form action={action} noValidate>
      <FormMessage message={state.message} />
      <Field label="Your name" name="name" autoComplete="name" required errors={state.fieldErrors?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required errors={state.fieldErrors?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 12 characters."
        errors={state.fieldErrors?.password}
      />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white">
        {pending ? "Creating…" : "Create admin account"}
      </button>
    </form>
  );
}
