"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { ROLES } from "@/lib/schemas/user";
import { createUserAction } from "../actions";
import { Outcome, type AdminActionState } from "./action-form";

export function CreateUserForm() {
  const [state, action, pending] = useActionState<AdminActionState, FormData>(createUserAction, {});
  return (
    <form action={action} noValidate className="max-w-md">
      <Field label="Name" name="name" autoComplete="off" required errors={state.fieldErrors?.name} />
      <Field label="Email" name="email" type="email" autoComplete="off" required errors={state.fieldErrors?.email} />
      <div className="mb-4">
        <label htmlFor="field-role" className="mb-1 block font-semibold">
          Role
        </label>
        <select id="field-role" name="role" defaultValue="WRITER" className="rounded border border-muted px-3 py-2">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role.toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white">
        {pending ? "Creating…" : "Create account"}
      </button>
      <Outcome state={state} />
    </form>
  );
}
