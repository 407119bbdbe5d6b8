import "server-only";
import { db } from "../db";
import { publicDataCache } from "../public-data-cache";

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
  const row = (await client.settings.findUnique({ where: { id: "site" } })) ?? (await createDefaults());
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

// The first readers of a fresh database may race to create the row; whoever
// loses the race reads the winner's row.
async function createDefaults() {
  const client = await db();
  try {
    return await client.settings.create({ data: { id: "site" } });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    return client.settings.findUniqueOrThrow({ where: { id: "site" } });
  }
}

// For public pages and feeds: the same settings through the data cache, which
// every settings change expires (updateSettings → revalidatePublicSite). The
// newsroom reads getSettings() itself, so an admin always sees what is stored.
const settingsCache = publicDataCache("site-settings", getSettings);
export const getPublicSettings = settingsCache.cached;
