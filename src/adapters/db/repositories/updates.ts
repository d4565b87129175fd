// Telegram may deliver an update more than once; the first delivery claims its update_id.
import type { Executor } from '../database.ts';

/** True when this update_id was not seen before (and is now recorded). */
export async function claimUpdate(db: Executor, updateId: number): Promise<boolean> {
  const result = await db
    .insertInto('processed_updates')
    .values({ update_id: updateId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Forgets update ids older than the window in which Telegram redelivers. */
export async function pruneUpdates(db: Executor, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom('processed_updates')
    .where('received_at', '<', olderThan)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
