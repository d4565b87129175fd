// Moving besitos: the ledger entry, the cached balance and the BesitosAwarded/Spent event, in the caller's
// transaction.
import type { Executor } from '../adapters/db/database.ts';
import { appendEvents } from '../adapters/db/repositories/events.ts';
import { postEntry } from '../adapters/db/repositories/ledger.ts';
import type { LedgerEntry, PostResult } from '../domain/economy/ledger.ts';

export async function moveBesitos(tx: Executor, entry: LedgerEntry): Promise<PostResult> {
  const result = await postEntry(tx, entry);
  if (result.applied) {
    const payload = {
      amount: Math.abs(entry.amount),
      reason: entry.reason,
      key: entry.key,
      balance: result.balance,
    };
    await appendEvents(tx, [
      entry.amount > 0
        ? { type: 'BesitosAwarded', userId: entry.userId, payload }
        : { type: 'BesitosSpent', userId: entry.userId, payload },
    ]);
  }
  return result;
}
