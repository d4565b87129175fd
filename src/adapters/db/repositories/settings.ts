// Small pieces of state the whole deployment shares (e.g. the key that signs button data).
import type { Executor } from '../database.ts';

export async function getSetting(db: Executor, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Stores the value unless one exists, and returns whichever value is stored (first writer wins). */
export async function ensureSetting(db: Executor, key: string, value: string): Promise<string> {
  await db
    .insertInto('app_settings')
    .values({ key, value })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const stored = await getSetting(db, key);
  return stored ?? value;
}
