// Awards sent all at once, some of whose use-cases fail after posting, leave the same balances and the same
// ledger as the same awards sent one after another: on the embedded database they share COMMITs (each in its
// own savepoint), on PostgreSQL they run side by side; neither shows. Keys repeat, as causes do.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { transact } from '../../src/adapters/db/repositories/events.ts';
import { moveBesitos } from '../../src/app/ledger.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp } from '../support/economy.ts';

const award = fc.record({ user: fc.nat(2), key: fc.nat(8), fails: fc.boolean() });
type Award = { user: number; key: number; fails: boolean };

class UseCaseFailed extends Error {}

describe.each(DATABASE_KINDS)('concurrent awards (%s)', (kind) => {
  let database: Database;
  let nextUser = 9_000;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  it('give the balances and ledger of the same awards one after another', async () => {
    const app = economyApp(database);
    const post = (users: number[], a: Award) =>
      transact(database.db, async (tx) => {
        const userId = users[a.user]!;
        // The same key always carries the same amount, as a cause does.
        await moveBesitos(tx, app.pack, {
          userId,
          amount: 5 * (a.key + 1),
          reason: 'fragment',
          key: `concurrent:${userId}:${a.key}`,
        });
        if (a.fails) throw new UseCaseFailed();
      });
    const newUsers = () => Promise.all([0, 1, 2].map(() => addUser(app, nextUser++)));
    const ledgerOf = async (users: number[]) =>
      Promise.all(
        users.map(async (id) => ({
          balance: (
            await database.db
              .selectFrom('users')
              .select('balance')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).balance,
          amounts: (
            await database.db
              .selectFrom('transactions')
              .select('amount')
              .where('user_id', '=', id)
              .orderBy('amount')
              .execute()
          ).map((row) => row.amount),
        })),
      );

    await fc.assert(
      fc.asyncProperty(fc.array(award, { minLength: 1, maxLength: 30 }), async (awards) => {
        const together = await newUsers();
        const outcomes = await Promise.allSettled(awards.map((a) => post(together, a)));
        const serial = await newUsers();
        for (const [i, a] of awards.entries()) {
          const outcome = await post(serial, a).then(
            () => 'fulfilled',
            (error: unknown) => {
              if (!(error instanceof UseCaseFailed)) throw error;
              return 'rejected';
            },
          );
          expect(outcomes[i]?.status).toBe(outcome);
        }
        expect(await ledgerOf(together)).toEqual(await ledgerOf(serial));
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
