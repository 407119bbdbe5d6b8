import type { Metadata } from "next";
import { timeZones } from "@/lib/schemas/settings";
import { can } from "@/lib/server/auth/permissions";
import { requireActor } from "@/lib/server/auth/session";
import { getSettings } from "@/lib/server/settings/get-settings";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Site settings — Pressroom" };

export default async function SettingsPage() {
  const actor = await requireActor();
  // For comfort: updateSettings checks the role again. The settings themselves are public.
  if (!can(actor, "settings:manage")) {
    return (
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-2xl font-bold">Site settings</h1>
        <p role="alert" className="mt-6 text-danger">Your role does not allow this.</p>
      </main>
    );
  }
  const settings = await getSettings();
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="mb-6 text-2xl font-bold">Site settings</h1>
      <SettingsForm settings={settings} zones={timeZones()} />
    </main>
  );
}
