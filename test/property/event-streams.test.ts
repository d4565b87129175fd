// Property: whatever the delivery does (a subscriber dying half way, events delivered again after they were
// handled), the progress and rewards end exactly as in a clean run of the same event stream.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { EventDispatcher, type Subscriber } from '../../src/app/events/dispatcher.ts';
import { announcer } from '../../src/app/notifications/announcer.ts';
import { progressTracker } from '../../src/app/progress/tracker.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import type { AppContext } from '../../src/app/services.ts';
import { registerUser } from '../../src/app/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { testApp, testPack } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

type Step = { type: string; payload: Record<string, unknown>; hour: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    type: fc.constant('FragmentCompleted'),
    payload: fc.record({ node: fc.constantFrom('a', 'b', 'c', 'd'), chapter: fc.constant('prologue') }),
    hour: fc.nat(47),
  }),
  fc.record({
    type: fc.constant('DecisionMade'),
    payload: fc.record({
      node: fc.constantFrom('a', 'b'),
      chapter: fc.constant('prologue'),
      choice: fc.constantFrom('x', 'y'),
    }),
    hour: fc.nat(47),
  }),
  fc.record({
    type: fc.constant('ReactionRecorded'),
    payload: fc.record({
      chatId: fc.constant(-1001),
      messageId: fc.nat(5),
      postId: fc.nat(5),
      emoji: fc.constant('❤️'),
    }),
    hour: fc.nat(47),
  }),
  fc.record({
    type: fc.constant('ChannelJoined'),
    payload: fc.record({ chatId: fc.constantFrom(-1001, -1002, -1003) }),
    hour: fc.nat(47),
  }),
  fc.record({
    type: fc.constant('DailyGiftClaimed'),
    payload: fc.record({
      day: fc.constant('2026-11-23'),
      streak: fc.integer({ min: 1, max: 8 }),
      amount: fc.constant(15),
    }),
    hour: fc.nat(47),
  }),
);

describe.each(DATABASE_KINDS)('event streams with crashes and redeliveries (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  let nextUser = 1;
  const start = new Date('2026-11-23T12:00:00Z');

  beforeAll(async () => {
    database = await freshDatabase(kind);
    // Daily and weekly draws depend on the user id, and the two runs use two users: without draws, the
    // runs must match exactly.
    const pack = testPack();
    app = testApp(database, {
      clock: new ManualClock(start),
      pack: { ...pack, progress: { ...pack.progress, rotation: { daily: 0, weekly: 0 } } },
    });
  });
  afterAll(() => database?.close());

  /** Plays a stream for a fresh user and returns what it produced, keyed so two users can be compared. */
  async function play(steps: Step[], chaos: { crashEvery: number; redeliver: boolean } | undefined) {
    const userId = nextUser++;
    await registerUser(app, { id: userId, firstName: 'P', language: 'es' }, null);
    await transact(database.db, (tx) =>
      appendEvents(
        tx,
        steps.map(
          (s) =>
            ({
              type: s.type,
              userId,
              payload: s.payload,
              at: new Date(start.getTime() + s.hour * 3_600_000),
            }) as DomainEvent,
        ),
      ),
    );
    let delivered = 0;
    const crash: Subscriber = {
      name: 'chaos',
      types: [...app.pack.progress.byEvent.keys()],
      handle: async () => {
        delivered++;
        if (chaos && delivered % chaos.crashEvery === 0) throw new Error('killed mid-delivery');
      },
    };
    const clock = app.clock as ManualClock;
    const dispatcher = new EventDispatcher(app, [progressTracker(app), announcer(app), crash], {
      backoffMs: 1,
      maxAttempts: 1000,
    });
    for (let round = 0; round < 200 && (await dispatcher.drain()) > 0; round++) {
      clock.advance(10_000);
      if (chaos?.redeliver && round < 3) {
        // Redeliver some of this user's handled events, as an at-least-once transport may.
        await sql`UPDATE events SET status = 'pending' WHERE user_id = ${userId} AND status = 'done' AND id % 3 = 0`.execute(
          database.db,
        );
      }
    }
    const progress = await database.db
      .selectFrom('goal_progress')
      .select(['goal_id', 'progress', 'completed_at'])
      .where('user_id', '=', userId)
      .where('period', '=', 'once')
      .orderBy('goal_id')
      .execute();
    const rewards = await database.db
      .selectFrom('transactions')
      .select(['reason', 'ref', 'amount'])
      .where('user_id', '=', userId)
      .where('reason', 'in', ['achievement'])
      .orderBy('ref')
      .execute();
    const notes = await database.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    return {
      progress: progress.map((p) => [p.goal_id, p.progress, p.completed_at !== null]),
      rewards: rewards.map((r) => [r.ref, r.amount]),
      notifications: Number(notes.n),
    };
  }

  it('ends as a clean run does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(stepArb, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 2, max: 5 }),
        async (steps, crashEvery) => {
          const clean = await play(steps, undefined);
          const chaotic = await play(steps, { crashEvery, redeliver: true });
          expect(chaotic).toEqual(clean);
        },
      ),
      { numRuns: kind === 'embedded' ? 12 : 20 },
    );
    expect((await reconcile(database.db)).problems).toEqual([]);
  }, 180_000);
});
