// Replaying an applied key returns applied:false and changes nothing — for awards and spends alike, whatever
// the balance has become since (a spend replayed after the balance fell below its amount answers "already
// applied", never "insufficient besitos"). Random sequences of entries over a small key space, on both
// databases.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { moveBesitos } from '../../src/app/ledger.ts';
import { InsufficientBesitos } from '../../src/domain/economy/ledger.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp } from '../support/economy.ts';

const entry = fc.record({
  key: fc.nat(12),
  amount: fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
});

describe.each(DATABASE_KINDS)('ledger replays (%s)', (kind) => {
  let database: Database;
  let nextUser = 7_000;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  it('replaying an applied key returns applied:false and changes nothing', async () => {
    const app = economyApp(database);
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { minLength: 5, maxLength: 40 }), async (entries) => {
        const userId = await addUser(app, nextUser++);
        const applied = new Set<number>();
        let balance = 0;
        const post = (e: { key: number; amount: number }) =>
          database.db.transaction().execute((tx) =>
            moveBesitos(tx, app.pack, {
              userId,
              amount: e.amount,
              reason: e.amount > 0 ? 'fragment' : 'story_cost',
              key: `replay:${userId}:${e.key}`,
            }),
          );
        for (const e of entries) {
          // The same key always carries the same entry, as a cause does.
          const sameCause = {
            key: e.key,
            amount: e.key % 2 === 0 ? Math.abs(e.amount) : -Math.abs(e.amount),
          };
          if (applied.has(sameCause.key)) {
            const replay = await post(sameCause);
            expect(replay).toEqual({
              applied: false,
              balance,
              totalEarned: expect.any(Number),
              activityEarned: expect.any(Number),
            });
            continue;
          }
          try {
            const result = await post(sameCause);
            expect(result.applied).toBe(true);
            applied.add(sameCause.key);
            balance += sameCause.amount;
            expect(result.balance).toBe(balance);
          } catch (error) {
            if (!(error instanceof InsufficientBesitos)) throw error;
            expect(balance + sameCause.amount).toBeLessThan(0);
          }
        }
        const user = await database.db
          .selectFrom('users')
          .select('balance')
          .where('id', '=', userId)
          .executeTakeFirstOrThrow();
        expect(user.balance).toBe(balance);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
