import "server-only";
import { fieldErrorsOf } from "@/lib/schemas/action-state";
import { settingsSchema, type SettingsInput } from "@/lib/schemas/settings";
import { assertCan, type Actor } from "../auth/permissions";
import { recordAudit } from "../audit/record";
import { db } from "../db";
import { AppError } from "../errors";
import { revalidatePublicSite } from "../releases/revalidate";

export async function updateSettings(actor: Actor, input: SettingsInput): Promise<void> {
  assertCan(actor, "settings:manage");
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID", "Some settings need fixing; see the fields below.", fieldErrorsOf(parsed.error));
  const data = parsed.data;
  const client = await db();
  await client.$transaction(async (tx) => {
    const before = await tx.settings.findUnique({ where: { id: "site" } });
    await tx.settings.upsert({ where: { id: "site" }, create: { id: "site", ...data }, update: data });
    const changed = Object.fromEntries(
      Object.entries(data).filter(([key, value]) => !before || before[key as keyof typeof data] !== value),
    );
    await recordAudit(tx, actor, "settings.update", { type: "Settings", id: "site" }, { changed });
  });
  revalidatePublicSite();
}
