// Shop stock and orders. Stock is taken with one conditional update, so concurrent buyers of the last unit
// cannot both get it; the schema refuses a negative stock even if this code were wrong.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

/** Units left of limited items that have sold at least once; others still have their full pack stock. */
export async function stockLeft(db: Executor, itemIds: readonly string[]): Promise<Map<string, number>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('item_stock')
    .select(['item_id', 'remaining'])
    .where('item_id', 'in', itemIds)
    .execute();
  return new Map(rows.map((r) => [r.item_id, r.remaining]));
}

/**
 * Takes one unit of a limited item, in one statement: the first sale creates the item's row with the pack's
 * stock, later ones decrement it while any is left. The units left, or undefined when none was.
 */
export async function takeOneUnit(
  tx: Executor,
  itemId: string,
  initial: number,
): Promise<number | undefined> {
  if (initial <= 0) return undefined;
  const taken = await tx
    .insertInto('item_stock')
    .values({ item_id: itemId, initial, remaining: initial - 1 })
    .onConflict((oc) =>
      oc
        .column('item_id')
        .doUpdateSet({ remaining: sql`item_stock.remaining - 1` })
        .where('item_stock.remaining', '>', 0),
    )
    .returning('remaining')
    .executeTakeFirst();
  return taken?.remaining;
}

/** How many orders the user has placed: the number the next order gets. */
export async function orderCount(db: Executor, userId: number): Promise<number> {
  const row = await db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findOrder(
  db: Executor,
  userId: number,
  orderNo: number,
): Promise<{ itemId: string } | undefined> {
  const row = await db
    .selectFrom('orders')
    .select('item_id')
    .where('user_id', '=', userId)
    .where('order_no', '=', orderNo)
    .executeTakeFirst();
  return row && { itemId: row.item_id };
}

export async function insertOrder(
  tx: Executor,
  order: { userId: number; orderNo: number; itemId: string; price: number; at: Date },
): Promise<void> {
  await tx
    .insertInto('orders')
    .values({
      user_id: order.userId,
      order_no: order.orderNo,
      item_id: order.itemId,
      price: order.price,
      created_at: order.at,
    })
    .execute();
}

export interface StockMismatch {
  itemId: string;
  initial: number;
  remaining: number;
  sold: number;
}

/** Limited items whose stock is out of range or disagrees with the orders placed. Empty when right. */
export async function findStockMismatches(db: Executor): Promise<StockMismatch[]> {
  const result = await sql<StockMismatch>`
    SELECT s.item_id AS "itemId", s.initial, s.remaining, COUNT(o.order_no) AS sold
    FROM item_stock s LEFT JOIN orders o ON o.item_id = s.item_id
    GROUP BY s.item_id, s.initial, s.remaining
    HAVING s.remaining < 0 OR s.remaining > s.initial OR s.initial - s.remaining <> COUNT(o.order_no)
    ORDER BY s.item_id
  `.execute(db);
  return result.rows;
}

/** Orders without the spend that paid for them (or paid a different price). Empty when right. */
export async function findUnpaidOrders(
  db: Executor,
): Promise<Array<{ userId: number; orderNo: number; itemId: string }>> {
  const result = await sql<{ userId: number; orderNo: number; itemId: string }>`
    SELECT o.user_id AS "userId", o.order_no AS "orderNo", o.item_id AS "itemId"
    FROM orders o
    LEFT JOIN transactions t
      ON t.idempotency_key = 'purchase:' || o.user_id || ':' || o.order_no AND t.amount = -o.price
    WHERE o.price > 0 AND t.id IS NULL
    ORDER BY o.user_id, o.order_no
  `.execute(db);
  return result.rows;
}
