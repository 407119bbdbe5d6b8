import { z } from "@/lib/schemas/messages";

// Every IANA zone this runtime knows; the form offers exactly these.
export function timeZones(): string[] {
  return Intl.supportedValuesOf("timeZone");
}

const text = (label: string, max: number) =>
  z.string({ error: `Enter the ${label}` }).trim().min(1, `Enter the ${label}`).max(max, `The ${label} must be at most ${max} characters`);

const zone = z
  .string({ error: "Choose a time zone" })
  .trim()
  .refine((value) => timeZones().includes(value), "Choose a time zone from the list");

export const settingsSchema = z.object({
  siteName: text("site name", 120),
  siteDescription: text("site description", 300),
  consularPhone: text("consular phone", 40).regex(/^\+?[0-9 ()\-.]+$/, "Use digits, spaces, brackets and + only, e.g. +44 (0) 20 7946 0321"),
  consularEmail: z.string({ error: "Enter the consular email" }).trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address")),
  clock1Label: text("first clock's label", 40),
  clock1Zone: zone,
  clock2Label: text("second clock's label", 40),
  clock2Zone: zone,
});
export type SettingsInput = z.input<typeof settingsSchema>;
