import "server-only";
import { db } from "../db";

export type SiteSettings = {
  siteName: string;
  siteDescription: string;
  consularPhone: string;
  consularEmail: string;
  clocks: [{ label: string; zone: string }, { label: string; zone: string }];
};

// Public by design: everything here is printed on every public page.
export async function getSettings(): Promise<SiteSettings> {
  const client = await db();
  const row =
    (await client.settings.findUnique({ where: { id: "site" } })) ??
    (await client.settings.upsert({ where: { id: "site" }, create: { id: "site" }, update: {} }));
  return {
    siteName: row.siteName,
    siteDescription: row.siteDescription,
    consularPhone: row.consularPhone,
    consularEmail: row.consularEmail,
    clocks: [
      { label: row.clock1Label, zone: row.clock1Zone },
      { label: row.clock2Label, zone: row.clock2Zone },
    ],
  };
}
