import "server-only";
import { db } from "../db";

// Whether first-run setup is over. Public by design: it only says yes or no.
export async function hasAnyUser(): Promise<boolean> {
  const client = await db();
  return (await client.user.count()) > 0;
}
