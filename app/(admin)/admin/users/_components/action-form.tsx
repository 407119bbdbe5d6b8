"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/schemas/action-state";

// ActionState plus a secret (a one-time password) shown once, in this page's
// memory only: a reload forgets it.
export type AdminActionState = ActionState & { secret?: string };
export type AdminAction = (prev: AdminActionState, formData: FormData) => Promise<AdminActionState>;

// A small form for one action on one row: its outcome is announced beside it.
export function ActionForm({ action, children, className }: { action: AdminAction; children: ReactNode; className?: string }) {
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(action, {});
  return (
    <form action={formAction} className={className}>
      <fieldset disabled={pending} className="contents">
        {children}
      </fieldset>
      <Outcome state={state} />
    </form>
  );
}

export function Outcome({ state }: { state: AdminActionState }) {
  return (
    <div aria-live="polite" role={state.ok === false ? "alert" : "status"}>
      {state.message ? <p className={state.ok === false ? "mt-1 text-sm text-danger" : "mt-1 text-sm text-success"}>{state.message}</p> : null}
      {state.secret ? (
        <p className="mt-1 text-sm">
          One-time password: <code className="rounded bg-wash px-1 font-mono text-base">{state.secret}</code>
          <br />
          Copy it now and give it to the person privately: it is shown only once.
        </p>
      ) : null}
    </div>
  );
}
