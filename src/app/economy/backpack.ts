// The backpack: what a user owns, and using up consumables. A use button carries the quantity the user saw,
// so a double tap uses one unit, not two.
import { appendEvents } from '../../adapters/db/repositories/events.ts';
import { changeItem, ownedItems } from '../../adapters/db/repositories/inventory.ts';
import { UnknownUser } from '../../adapters/db/repositories/ledger.ts';
import { lockUser } from '../../adapters/db/repositories/users.ts';
import type { Item } from '../../content/items-schema.ts';
import type { AppContext } from '../services.ts';

export interface OwnedItem {
  item: Item;
  quantity: number;
}

export type UseResult =
  | { ok: true; item: Item; left: number }
  | { ok: false; reason: 'unknown_item' | 'not_consumable' | 'stale' };

/** Owned items in catalog order; items the pack no longer knows are left out rather than shown broken. */
export async function backpack(app: AppContext, userId: number): Promise<OwnedItem[]> {
  const owned = await ownedItems(app.db, userId);
  return [...app.pack.items.values()]
    .filter((item) => (owned.get(item.id) ?? 0) > 0)
    .map((item) => ({ item, quantity: owned.get(item.id)! }));
}

/** Uses one unit of a consumable; `seen` is the quantity the use button was shown with. */
export async function useItem(
  app: AppContext,
  userId: number,
  itemId: string,
  seen: number,
): Promise<UseResult> {
  const item = app.pack.items.get(itemId);
  if (!item) return { ok: false, reason: 'unknown_item' };
  if (item.kind !== 'consumable') return { ok: false, reason: 'not_consumable' };
  return app.db.transaction().execute(async (tx): Promise<UseResult> => {
    if (!(await lockUser(tx, userId))) throw new UnknownUser(`user ${userId} is not registered`);
    const quantity = (await ownedItems(tx, userId)).get(itemId) ?? 0;
    if (quantity === 0 || quantity !== seen) return { ok: false, reason: 'stale' };
    const left = await changeItem(tx, userId, itemId, -1);
    await appendEvents(tx, [{ type: 'ItemUsed', userId, payload: { itemId, left } }]);
    return { ok: true, item, left };
  });
}
