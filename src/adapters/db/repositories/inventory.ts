// What each user owns: story keys, badges, consumables.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export async function ownedItems(db: Executor, userId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('inventory')
    .select(['item_id', 'quantity'])
    .where('user_id', '=', userId)
    .where('quantity', '>', 0)
    .execute();
  return new Map(rows.map((r) => [r.item_id, r.quantity]));
}

/** Adds (or, with a negative quantity, uses up) items; never below zero (the schema refuses it). */
export async function changeItem(
  tx: Executor,
  userId: number,
  itemId: string,
  delta: number,
): Promise<number> {
  // Using up updates the existing row: an insert of a negative quantity would fail its CHECK before the
  // conflict could turn it into an update.
  if (delta < 0) {
    const row = await tx
      .updateTable('inventory')
      .set({ quantity: sql`quantity + ${delta}` })
      .where('user_id', '=', userId)
      .where('item_id', '=', itemId)
      .returning('quantity')
      .executeTakeFirst();
    if (!row) throw new RangeError(`user ${userId} owns no ${itemId} to use`);
    return row.quantity;
  }
  const row = await tx
    .insertInto('inventory')
    .values({ user_id: userId, item_id: itemId, quantity: delta })
    .onConflict((oc) =>
      oc.columns(['user_id', 'item_id']).doUpdateSet({ quantity: sql`inventory.quantity + ${delta}` }),
    )
    .returning('quantity')
    .executeTakeFirstOrThrow();
  return row.quantity;
}

/** Holdings below zero (the schema forbids them; reconcile checks anyway). */
export async function findNegativeHoldings(
  db: Executor,
): Promise<Array<{ userId: number; itemId: string; quantity: number }>> {
  const rows = await db
    .selectFrom('inventory')
    .select(['user_id', 'item_id', 'quantity'])
    .where('quantity', '<', 0)
    .execute();
  return rows.map((r) => ({ userId: r.user_id, itemId: r.item_id, quantity: r.quantity }));
}
