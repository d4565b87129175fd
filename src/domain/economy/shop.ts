// The shop's rules on a snapshot of the buyer and the item. The database enforces the same limits again
// where a race could slip past a snapshot (stock and balance), so these decide what the user is told.
import type { Item } from '../../content/items-schema.ts';

export type PurchaseRefusal = 'not_for_sale' | 'vip_only' | 'sold_out' | 'limit_reached' | 'insufficient';

export interface BuyerSnapshot {
  balance: number;
  isVip: boolean;
  /** Units of this item the buyer owns now. */
  owned: number;
}

/** Units left in the shop: -1 when unlimited. */
export type StockLeft = number;

export function isForSale(item: Item): boolean {
  return item.price > 0;
}

/** Why this buyer cannot buy this item now, or undefined when they can. */
export function purchaseRefusal(
  item: Item,
  buyer: BuyerSnapshot,
  stockLeft: StockLeft,
): PurchaseRefusal | undefined {
  if (!isForSale(item)) return 'not_for_sale';
  if (item.vip_only && !buyer.isVip) return 'vip_only';
  if (stockLeft === 0) return 'sold_out';
  if (buyer.owned >= item.per_user_limit) return 'limit_reached';
  if (buyer.balance < item.price) return 'insufficient';
  return undefined;
}
