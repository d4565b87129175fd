// Things a background job must do at most once (send a reminder, say farewell): the job claims the key, in
// the transaction that records its outcome, before acting. A second run finds the key taken and does nothing.
import type { Executor } from '../database.ts';

/** True when this call took the key (the effect is this caller's to perform). */
export async function claimSideEffect(db: Executor, key: string, at: Date): Promise<boolean> {
  const result = await db
    .insertInto('side_effects')
    .values({ key, done_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function sideEffectDone(db: Executor, key: string): Promise<boolean> {
  const row = await db.selectFrom('side_effects').select('key').where('key', '=', key).executeTakeFirst();
  return row !== undefined;
}

/** Gives a claimed key back when the effect could not be performed, so the next run performs it. */
export async function releaseSideEffect(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('side_effects').where('key', '=', key).execute();
}
