import { assertLocal, createEmptyDatabase, migrateDatabase } from "./test-database";

// One migrated throw-away database for the whole Vitest run. Test workers
// start after this and inherit DATABASE_URL.
export default async function setup() {
  const database = await createEmptyDatabase();
  assertLocal(database.url);
  migrateDatabase(database.url);
  process.env.DATABASE_URL = database.url;
  return async () => database.drop();
}
