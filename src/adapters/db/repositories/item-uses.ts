// Uses of consumables, numbered per user and item: the number makes a repeated use button harmless.
import type { Executor } from '../database.ts';

/** How many times the user has used each item: the number the next use of it gets. */
export async function useCounts(db: Executor, userId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('item_uses')
    .select(['item_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('user_id', '=', userId)
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, Number(r.n)]));
}

/** Records a use; false when this use number was already recorded (nothing is written). */
export async function recordUse(
  tx: Executor,
  use: { userId: number; itemId: string; useNo: number; at: Date },
): Promise<boolean> {
  const result = await tx
    .insertInto('item_uses')
    .values({ user_id: use.userId, item_id: use.itemId, use_no: use.useNo, used_at: use.at })
    .onConflict((oc) => oc.columns(['user_id', 'item_id', 'use_no']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
