// The shop: what is on sale for a user, and buying in one transaction (check, take stock, spend, grant the
// item, record the order). Every buy button carries the number the order will get, so a double tap, a
// retried update or an old screen is recognised instead of buying twice.
import type { Executor } from '../../adapters/db/database.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { changeItem } from '../../adapters/db/repositories/inventory.ts';
import { accountOf, UnknownUser } from '../../adapters/db/repositories/ledger.ts';
import {
  findOrder,
  insertOrder,
  orderCount,
  stockLeft,
  takeOneUnit,
} from '../../adapters/db/repositories/shop.ts';
import { lockUser } from '../../adapters/db/repositories/users.ts';
import type { Item } from '../../content/items-schema.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { isForSale, type PurchaseRefusal, purchaseRefusal } from '../../domain/economy/shop.ts';
import { spend } from '../ledger.ts';
import { loadPlayer, type Player, playerOf } from '../player.ts';
import type { AppContext } from '../services.ts';

export interface ShopOffer {
  item: Item;
  /** Units left in the shop; -1 when unlimited. */
  stockLeft: number;
  owned: number;
  /** Why the user cannot buy it now, if they cannot. */
  refusal: PurchaseRefusal | undefined;
}

export interface ShopView {
  player: Player;
  offers: ShopOffer[];
  /** The number the user's next order gets: buy buttons carry it. */
  nextOrder: number;
}

export type PurchaseResult =
  | { ok: true; item: Item; order: number; balance: number; stockLeft: number }
  | { ok: false; reason: PurchaseRefusal | 'unknown_item' | 'repeated' | 'stale' };

/** What these items cost this player, and whether they may buy them now. */
async function offersFor(db: Executor, player: Player, items: Item[]): Promise<ShopOffer[]> {
  const left = await stockLeft(
    db,
    items.filter((i) => i.stock >= 0).map((i) => i.id),
  );
  return items.map((item) => {
    const stock = item.stock < 0 ? -1 : (left.get(item.id) ?? item.stock);
    const owned = player.items.get(item.id) ?? 0;
    const refusal = purchaseRefusal(
      item,
      { balance: player.user.balance, isVip: player.isVip, owned },
      stock,
    );
    return { item, stockLeft: stock, owned, refusal };
  });
}

export async function shopView(app: AppContext, userId: number): Promise<ShopView | undefined> {
  const player = await loadPlayer(app.db, app.pack, userId, app.clock.now());
  if (!player) return undefined;
  return {
    player,
    offers: await offersFor(app.db, player, [...app.pack.items.values()].filter(isForSale)),
    nextOrder: await orderCount(app.db, userId),
  };
}

/** Buys one unit; `order` is the number the buy button carried (the user's order count when it was shown). */
export async function purchaseItem(
  app: AppContext,
  userId: number,
  itemId: string,
  order: number,
): Promise<PurchaseResult> {
  const item = app.pack.items.get(itemId);
  if (!item || !Number.isSafeInteger(order) || order < 0) return { ok: false, reason: 'unknown_item' };
  const now = app.clock.now();
  return transact(app.db, async (tx): Promise<PurchaseResult> => {
    const buyer = await lockUser(tx, userId);
    if (!buyer) throw new UnknownUser(`user ${userId} is not registered`);
    const placed = await orderCount(tx, userId);
    if (order !== placed) {
      const earlier = order < placed ? await findOrder(tx, userId, order) : undefined;
      return { ok: false, reason: earlier?.itemId === itemId ? 'repeated' : 'stale' };
    }
    // Stock is left to the conditional update below, the one check no concurrent buyer can slip past.
    const player = await playerOf(tx, app.pack, buyer, now);
    const owned = player.items.get(itemId) ?? 0;
    const refusal = purchaseRefusal(item, { balance: buyer.balance, isVip: player.isVip, owned }, -1);
    if (refusal) return { ok: false, reason: refusal };

    const left = item.stock < 0 ? -1 : await takeOneUnit(tx, itemId, item.stock);
    if (left === undefined) return { ok: false, reason: 'sold_out' };
    const paid = await spend(
      tx,
      app.pack,
      {
        userId,
        amount: item.price,
        reason: 'purchase',
        key: ledgerKeys.purchase(userId, order),
        ref: `item:${itemId}`,
      },
      { locked: accountOf(buyer), at: now },
    );
    await insertOrder(tx, { userId, orderNo: order, itemId, price: item.price, at: now });
    await changeItem(tx, userId, itemId, 1);
    await appendEvents(tx, [
      { type: 'ItemPurchased', userId, at: now, payload: { itemId, price: item.price, order } },
    ]);
    return { ok: true, item, order, balance: paid.balance, stockLeft: left };
  });
}
