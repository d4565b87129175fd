// Proves the books: every balance equals the sum of its ledger, total earned equals the sum of its awards,
// nothing is negative, no idempotency key was used twice, shop stock is in range and matches the orders,
// and every order was paid. Returns every problem found; an empty list means the books are right.
import type { Executor } from '../adapters/db/database.ts';
import { findNegativeHoldings } from '../adapters/db/repositories/inventory.ts';
import { findDuplicateKeys, findMismatches } from '../adapters/db/repositories/ledger.ts';
import { findStockMismatches, findUnpaidOrders } from '../adapters/db/repositories/shop.ts';

export interface ReconcileReport {
  usersChecked: number;
  problems: string[];
}

export async function reconcile(db: Executor): Promise<ReconcileReport> {
  const problems: string[] = [];
  for (const m of await findMismatches(db)) {
    problems.push(
      `user ${m.userId}: balance ${m.balance} vs ledger ${m.ledgerSum}; total earned ${m.totalEarned} vs awards ${m.ledgerEarned}`,
    );
  }
  for (const d of await findDuplicateKeys(db)) {
    problems.push(`idempotency key ${d.key} is used ${d.count} times`);
  }
  for (const s of await findStockMismatches(db)) {
    problems.push(
      `item ${s.itemId}: stock ${s.remaining} of ${s.initial} does not match ${s.sold} units sold`,
    );
  }
  for (const o of await findUnpaidOrders(db)) {
    problems.push(`user ${o.userId}: order ${o.orderNo} (${o.itemId}) has no matching payment in the ledger`);
  }
  for (const i of await findNegativeHoldings(db)) {
    problems.push(`user ${i.userId}: owns ${i.quantity} of ${i.itemId}`);
  }
  const users = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { usersChecked: Number(users.n), problems };
}
