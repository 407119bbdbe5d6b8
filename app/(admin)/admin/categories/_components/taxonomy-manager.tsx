"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { ActionForm, Outcome, type AdminAction, type AdminActionState } from "../../users/_components/action-form";

export type TaxonomyItem = { id: string; name: string; extra: string; slug: string; releases: number };
export type TaxonomyActions = { create: AdminAction; update: AdminAction; move: AdminAction; remove: AdminAction };

const small = "rounded border border-muted px-2 py-1 text-sm";
const input = "rounded border border-muted px-2 py-1";

// One screen for categories and for authors: the two differ only in their
// second field (a description, a title) and their noun.
export function TaxonomyManager({ items, noun, extra, actions }: { items: TaxonomyItem[]; noun: string; extra: { name: string; label: string }; actions: TaxonomyActions }) {
  return (
    <>
      <ol className="mt-6 space-y-4">
        {items.map((item, index) => (
          <li key={item.id} className="rounded border border-rule p-4">
            <ActionForm action={actions.update} className="flex flex-wrap items-end gap-3">
              <input type="hidden" name="id" value={item.id} />
              <div>
                <label htmlFor={`name-${item.id}`} className="block text-sm font-semibold">Name</label>
                <input id={`name-${item.id}`} name="name" defaultValue={item.name} className={input} />
              </div>
              <div>
                <label htmlFor={`extra-${item.id}`} className="block text-sm font-semibold">{extra.label}</label>
                <input id={`extra-${item.id}`} name={extra.name} defaultValue={item.extra} className={input} />
              </div>
              <button type="submit" className={small}>Save<span className="sr-only"> {item.name}</span></button>
            </ActionForm>
            <p className="mt-2 text-sm text-muted">
              Slug {item.slug} · {item.releases === 1 ? "1 release" : `${item.releases} releases`}
            </p>
            <div className="mt-2 flex flex-wrap gap-3">
              <ActionForm action={actions.move}>
                <input type="hidden" name="id" value={item.id} />
                <input type="hidden" name="direction" value="up" />
                <button type="submit" className={small} disabled={index === 0}>Move up<span className="sr-only"> {item.name}</span></button>
              </ActionForm>
              <ActionForm action={actions.move}>
                <input type="hidden" name="id" value={item.id} />
                <input type="hidden" name="direction" value="down" />
                <button type="submit" className={small} disabled={index === items.length - 1}>Move down<span className="sr-only"> {item.name}</span></button>
              </ActionForm>
              <ActionForm action={actions.remove}>
                <input type="hidden" name="id" value={item.id} />
                <button type="submit" className={`${small} text-danger`}>Delete<span className="sr-only"> {item.name}</span></button>
              </ActionForm>
            </div>
          </li>
        ))}
      </ol>
      {items.length === 0 ? <p className="mt-6">None yet.</p> : null}
      <h2 className="mt-10 mb-4 text-xl font-bold">Add a {noun}</h2>
      <CreateForm action={actions.create} extra={extra} noun={noun} />
    </>
  );
}

function CreateForm({ action, extra, noun }: { action: AdminAction; extra: { name: string; label: string }; noun: string }) {
  const [state, formAction, pending] = useActionState<AdminActionState, FormData>(action, {});
  return (
    <form action={formAction} noValidate className="max-w-md">
      <Field label={`New ${noun} name`} name="name" id="new-name" required errors={state.fieldErrors?.name} />
      <Field label={extra.label} name={extra.name} id="new-extra" errors={state.fieldErrors?.[extra.name]} />
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white">Add {noun}</button>
      <Outcome state={state} />
    </form>
  );
}
