// Proves the books: every balance equals the sum of its ledger, total earned equals the sum of its awards,
// and nothing is negative. Returns every problem found; an empty list means the books are right.

import type { Executor } from '../adapters/db/database.ts';
import { findMismatches } from '../adapters/db/repositories/ledger.ts';

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
  const users = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { usersChecked: Number(users.n), problems };
}
