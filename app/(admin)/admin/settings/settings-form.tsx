"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import type { ActionState } from "@/lib/schemas/action-state";
import type { SiteSettings } from "@/lib/server/settings/get-settings";
import { updateSettingsAction } from "./actions";

function ZoneSelect({ name, label, value, zones, errors }: { name: string; label: string; value: string; zones: string[]; errors?: string[] }) {
  const id = `field-${name}`;
  return (
    <div className="mb-4">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        className="w-full rounded border border-muted px-3 py-2"
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function SettingsForm({ settings, zones }: { settings: SiteSettings; zones: string[] }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateSettingsAction, {});
  const e = state.fieldErrors ?? {};
  const [clock1, clock2] = settings.clocks;
  return (
    <form action={action} noValidate className="max-w-xl">
      <Field label="Site name" name="siteName" defaultValue={settings.siteName} required errors={e.siteName} />
      <Field label="Site description" name="siteDescription" defaultValue={settings.siteDescription} required errors={e.siteDescription} />
      <Field label="Consular phone" name="consularPhone" type="tel" defaultValue={settings.consularPhone} required hint="International form, e.g. +44 (0) 20 7946 0321" errors={e.consularPhone} />
      <Field label="Consular email" name="consularEmail" type="email" defaultValue={settings.consularEmail} required errors={e.consularEmail} />
      <fieldset className="mb-4 rounded border border-rule p-4">
        <legend className="px-1 font-semibold">First clock</legend>
        <Field label="First clock label" name="clock1Label" defaultValue={clock1.label} required errors={e.clock1Label} />
        <ZoneSelect name="clock1Zone" label="First clock time zone" value={clock1.zone} zones={zones} errors={e.clock1Zone} />
      </fieldset>
      <fieldset className="mb-4 rounded border border-rule p-4">
        <legend className="px-1 font-semibold">Second clock</legend>
        <Field label="Second clock label" name="clock2Label" defaultValue={clock2.label} required errors={e.clock2Label} />
        <ZoneSelect name="clock2Zone" label="Second clock time zone" value={clock2.zone} zones={zones} errors={e.clock2Zone} />
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-accent px-4 py-2 font-semibold text-white">
        {pending ? "Saving…" : "Save settings"}
      </button>
      <p role={state.ok === false ? "alert" : "status"} aria-live="polite" className={state.ok === false ? "mt-4 text-danger" : "mt-4 text-success"}>
        {state.message ?? ""}
      </p>
    </form>
  );
}
