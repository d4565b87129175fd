// The backpack: what a user owns, and using up consumables. A use button carries the number the use will get
// (how many times the user has used that item), so a double tap or an old button uses nothing more.
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { changeItem, ownedItems } from '../../adapters/db/repositories/inventory.ts';
import { recordUse, useCounts } from '../../adapters/db/repositories/item-uses.ts';
import { scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import { UnknownUser } from '../../adapters/db/repositories/ledger.ts';
import { lockUser } from '../../adapters/db/repositories/users.ts';
import type { Item } from '../../content/items-schema.ts';
import type { AppContext } from '../services.ts';
import { DIANA_LETTER_JOB, letterKey } from './letters.ts';

export interface OwnedItem {
  item: Item;
  quantity: number;
  /** For consumables: the number the next use gets (use buttons carry it). */
  nextUse: number;
}

export type UseResult =
  | { ok: true; item: Item; left: number }
  | { ok: false; reason: 'unknown_item' | 'not_consumable' | 'none_left' | 'stale' };

/** Owned items in catalog order; items the pack no longer knows are left out rather than shown broken. */
export async function backpack(app: AppContext, userId: number): Promise<OwnedItem[]> {
  const [owned, uses] = [await ownedItems(app.db, userId), await useCounts(app.db, userId)];
  return [...app.pack.items.values()]
    .filter((item) => (owned.get(item.id) ?? 0) > 0)
    .map((item) => ({ item, quantity: owned.get(item.id)!, nextUse: uses.get(item.id) ?? 0 }));
}

/** Uses one unit of a consumable; `useNo` is the number its use button carried. */
export async function useItem(
  app: AppContext,
  userId: number,
  itemId: string,
  useNo: number,
): Promise<UseResult> {
  const item = app.pack.items.get(itemId);
  if (!item || !Number.isSafeInteger(useNo) || useNo < 0) return { ok: false, reason: 'unknown_item' };
  if (item.kind !== 'consumable') return { ok: false, reason: 'not_consumable' };
  const now = app.clock.now();
  return transact(app.db, async (tx): Promise<UseResult> => {
    if (!(await lockUser(tx, userId))) throw new UnknownUser(`user ${userId} is not registered`);
    if (useNo !== ((await useCounts(tx, userId)).get(itemId) ?? 0)) return { ok: false, reason: 'stale' };
    if (((await ownedItems(tx, userId)).get(itemId) ?? 0) === 0) return { ok: false, reason: 'none_left' };
    if (!(await recordUse(tx, { userId, itemId, useNo, at: now }))) return { ok: false, reason: 'stale' };
    const left = await changeItem(tx, userId, itemId, -1);
    await appendEvents(tx, [{ type: 'ItemUsed', userId, at: now, payload: { itemId, left } }]);
    if (item.reply) {
      // Diana answers later, by a durable job: it survives restarts and runs once per use.
      await scheduleJob(tx, {
        kind: DIANA_LETTER_JOB,
        key: letterKey(userId, itemId, useNo),
        runAt: new Date(now.getTime() + item.reply.after_minutes * 60_000),
        payload: { userId, itemId, useNo },
      });
    }
    return { ok: true, item, left };
  });
}
