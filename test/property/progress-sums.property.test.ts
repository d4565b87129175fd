// Goals count what the person did: random streams of awards of every kind (reading, choosing, gifts,
// reactions; mission and achievement rewards, admin grants, the welcome gift; VIP or not; replayed keys) go
// through the ledger and the progress tracker, and afterwards, for every person, the besitos earned by
// activity equal the sum of the activity bases paid once, the level follows that sum alone, and the "earn N
// besitos" goals hold exactly that sum (until they complete).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { progressRows } from '../../src/adapters/db/repositories/progress.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { EventDispatcher } from '../../src/app/events/dispatcher.ts';
import { award } from '../../src/app/ledger.ts';
import { progressTracker } from '../../src/app/progress/tracker.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { ManualClock } from '../../src/domain/clock.ts';
import { activityInAward, activityOf } from '../../src/domain/economy/activity.ts';
import { levelFor } from '../../src/domain/economy/levels.ts';
import { contribution, type Goal } from '../../src/domain/progress/goals.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp, eventPayloads } from '../support/economy.ts';

const REASONS = [
  'fragment',
  'decision',
  'daily_gift',
  'story_bonus',
  'mission',
  'achievement',
  'admin',
  'welcome',
];
const award$ = fc.record({
  user: fc.nat(3),
  reason: fc.constantFrom(...REASONS),
  base: fc.integer({ min: 1, max: 120 }),
  key: fc.nat(25),
});

describe('progress sums (pure)', () => {
  const collector: Goal = {
    id: 'collector',
    kind: 'achievement',
    cadence: 'once',
    event: 'BesitosAwarded',
    where: {},
    measure: { sum: 'amount' },
    target: 1000,
    reward: 50,
    requires: { vip: false, level: 1 },
  };
  it('an award adds its activity to an "earn N" goal, whatever field the goal names, and rewards add nothing', () => {
    fc.assert(
      fc.property(fc.array(award$, { maxLength: 60 }), fc.boolean(), (awards, vip) => {
        let counted = 0;
        let expected = 0;
        for (const a of awards) {
          const amount = vip ? Math.floor(a.base * 1.5 + 0.5) : a.base;
          const activity = activityOf(a.reason, a.base);
          const payload = { amount, reason: a.reason, key: String(a.key), balance: 0, activity };
          for (const measure of [{ sum: 'amount' }, { sum: 'activity' }, { sum: 'balance' }]) {
            const c = contribution({ ...collector, measure }, { type: 'BesitosAwarded', payload });
            expect(c === undefined ? 0 : 'add' in c ? c.add : -1).toBe(activity);
          }
          counted += activityInAward(payload);
          expected += activity;
        }
        expect(counted).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe.each(DATABASE_KINDS)('progress sums through the ledger (%s)', (kind) => {
  let database: Database;
  let app: AppContext & { clock: ManualClock };
  let nextId = 1;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
  });
  afterAll(() => database?.close());

  it('activity, level and the "earn N" goals equal the activity paid once, for any stream of awards', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(award$, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        async (awards, vip) => {
          const users = await Promise.all(
            [0, 1, 2, 3].map(() =>
              addUser(app, nextId++, vip ? { vipUntil: new Date('2027-01-01T00:00:00Z') } : {}),
            ),
          );
          const paidKeys = new Set<string>();
          const expected = new Map<number, number>(users.map((u) => [u, 0]));
          for (const a of awards) {
            const userId = users[a.user]!;
            const key = `p:${userId}:${a.key}`;
            const paid = await app.db.transaction().execute((tx) =>
              award(tx, app.pack, app.clock.now(), {
                userId,
                base: a.base,
                reason: a.reason,
                key,
                zone: app.timeZone,
              }),
            );
            expect(paid.applied).toBe(!paidKeys.has(key));
            if (!paidKeys.has(key))
              expected.set(userId, expected.get(userId)! + activityOf(a.reason, a.base));
            paidKeys.add(key);
          }
          await new EventDispatcher(app, [progressTracker(app)]).drain();
          for (const userId of users) {
            const activity = expected.get(userId)!;
            const user = await findUser(app.db, userId);
            expect(user!.activityEarned).toBe(activity);
            expect(user!.activityEarned).toBeLessThanOrEqual(user!.totalEarned);
            const levels = (await eventPayloads(app, userId, 'LevelReached')) as { level: number }[];
            expect(levels.at(-1)?.level ?? 1).toBe(levelFor(activity, app.pack.economy.levels));
            const rows = await progressRows(app.db, userId, {
              goalIds: ['point_collector', 'besitos_collector'],
            });
            for (const goal of ['point_collector', 'besitos_collector']) {
              const target = app.pack.progress.goal(goal)!.target;
              const row = rows.find((r) => r.goalId === goal);
              if (activity >= target) expect(row?.completedAt).not.toBeNull();
              else expect(row?.progress ?? 0).toBe(activity);
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
