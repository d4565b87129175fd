// Missions and achievements from events, on both databases: rewards paid once, chains (a mission completes
// an achievement), daily and weekly rotation in the user's own calendar, and several dispatchers at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { progressRows } from '../../src/adapters/db/repositories/progress.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { EventDispatcher } from '../../src/app/events/dispatcher.ts';
import { announcer } from '../../src/app/notifications/announcer.ts';
import { progressTracker } from '../../src/app/progress/tracker.ts';
import { missionBoard } from '../../src/app/progress/views.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import type { AppContext } from '../../src/app/services.ts';
import { registerUser } from '../../src/app/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

describe.each(DATABASE_KINDS)('missions and achievements (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  let nextUser = 100;
  const clock = new ManualClock('2026-11-23T18:00:00Z'); // Monday, 12:00 in Mexico City

  const dispatcher = () => new EventDispatcher(app, [progressTracker(app), announcer(app)]);
  const newUser = async (timeZone?: string) => {
    const id = nextUser++;
    await registerUser(app, { id, firstName: `U${id}`, language: 'es' }, null);
    if (timeZone)
      await database.db.updateTable('users').set({ time_zone: timeZone }).where('id', '=', id).execute();
    return id;
  };
  const emit = (events: DomainEvent[]) => transact(database.db, (tx) => appendEvents(tx, events));
  const fragment = (userId: number, node: string, at = clock.now()): DomainEvent => ({
    type: 'FragmentCompleted',
    userId,
    at,
    payload: { node, chapter: 'prologue' },
  });
  const completed = async (userId: number) =>
    (await progressRows(database.db, userId))
      .filter((r) => r.completedAt)
      .map((r) => `${r.goalId}@${r.period}`);
  const ledger = (userId: number) =>
    database.db
      .selectFrom('transactions')
      .select(['reason', 'amount', 'ref'])
      .where('user_id', '=', userId)
      .execute();

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = testApp(database, { clock });
  });
  afterAll(() => database?.close());

  it('unlocks First Steps at registration, pays 50 once and announces it', async () => {
    const user = await newUser();
    await dispatcher().drain();
    await dispatcher().drain();
    expect(await completed(user)).toContain('first_steps@once');
    expect((await ledger(user)).filter((e) => e.reason === 'achievement')).toEqual([
      { reason: 'achievement', amount: 50, ref: 'first_steps' },
    ]);
    const notes = await database.db
      .selectFrom('notifications')
      .select('kind')
      .where('user_id', '=', user)
      .execute();
    expect(notes.map((n) => n.kind)).toEqual(['AchievementUnlocked']);
  });

  it('completes Primera Conversación after 3 fragments, pays 25 once, and chains Mission Accomplished', async () => {
    const user = await newUser();
    await emit([fragment(user, 'a'), fragment(user, 'b')]);
    await dispatcher().drain();
    expect(await completed(user)).not.toContain('primera_conversacion@once');
    await emit([fragment(user, 'c'), fragment(user, 'd')]);
    await dispatcher().drain();
    const done = await completed(user);
    expect(done).toEqual(expect.arrayContaining(['primera_conversacion@once', 'mission_accomplished@once']));
    // Diana's interest is coming back another day, and the explorer reaches two endings: reading does neither.
    expect(done).not.toContain('dianas_interest@once');
    expect(done).not.toContain('story_explorer@once');
    const rewards = (await ledger(user)).filter((e) => e.ref === 'primera_conversacion');
    expect(rewards).toEqual([{ reason: 'mission', amount: 25, ref: 'primera_conversacion' }]);
    expect((await reconcile(database.db)).problems).toEqual([]);
  });

  it('draws daily missions per user and day, and counts events in the user’s own day', async () => {
    // Daily and weekly errands start on a person's second day: these two arrived the day before.
    clock.set('2026-11-22T18:00:00Z');
    const mx = await newUser('America/Mexico_City');
    const madrid = await newUser('Europe/Madrid');
    // 23:30 in Mexico City on Monday is 06:30 on Tuesday in Madrid.
    clock.set('2026-11-24T05:30:00Z');
    const mxBoard = await missionBoard(app, mx);
    const madridBoard = await missionBoard(app, madrid);
    expect(mxBoard?.daily).toHaveLength(2);
    expect(mxBoard?.weekly).toHaveLength(1);
    expect(mxBoard?.dailyEndsAt.toISOString()).toBe('2026-11-24T06:00:00.000Z');
    expect(madridBoard?.dailyEndsAt.toISOString()).toBe('2026-11-24T23:00:00.000Z');
    // The draw is stable: the same user and day give the same missions.
    expect((await missionBoard(app, mx))?.daily.map((v) => v.goal.id)).toEqual(
      mxBoard?.daily.map((v) => v.goal.id),
    );

    // Fragments just before and just after Mexico City's midnight count in two different days there,
    // and in one day (Tuesday) in Madrid.
    for (const user of [mx, madrid]) {
      await emit([
        fragment(user, 'x', new Date('2026-11-24T05:59:00Z')),
        fragment(user, 'y', new Date('2026-11-24T06:01:00Z')),
      ]);
    }
    clock.set('2026-11-24T06:30:00Z');
    await dispatcher().drain();
    const weekRows = async (user: number, goal: string) =>
      (await progressRows(database.db, user, { goalIds: [goal] })).map((r) => [r.period, r.progress]);
    expect(await weekRows(mx, 'story_enthusiast')).toEqual([['once', 2]]);
    const daily = async (user: number) =>
      (await progressRows(database.db, user)).filter((r) => /^\d{4}-\d\d-\d\d$/.test(r.period));
    expect(new Set((await daily(mx)).map((r) => r.period))).toEqual(new Set(['2026-11-23', '2026-11-24']));
    expect(new Set((await daily(madrid)).map((r) => r.period))).toEqual(new Set(['2026-11-24']));

    // Monday 00:00 starts a new week: Sunday night and Monday morning fall in different weeks.
    expect((await missionBoard(app, mx))?.weeklyEndsAt.toISOString()).toBe('2026-11-30T06:00:00.000Z');
  });

  it('pays a daily mission once per day, and again the next day', async () => {
    const monday = new Date('2026-11-30T18:00:00Z');
    const tuesday = new Date('2026-12-01T18:00:00Z');
    const hasReading = async (user: number, at: Date) => {
      clock.set(at);
      return (await missionBoard(app, user))?.daily.some((v) => v.goal.id === 'lectura_del_dia');
    };
    // Find a visitor whose draw includes today's reading on both days (the draw is per user and day).
    let user = 0;
    for (let tries = 0; tries < 40 && !user; tries++) {
      clock.set('2026-11-29T18:00:00Z'); // they arrive the day before: daily errands start on their 2nd day
      const candidate = await newUser('America/Mexico_City');
      if ((await hasReading(candidate, monday)) && (await hasReading(candidate, tuesday))) user = candidate;
    }
    expect(user).toBeGreaterThan(0);
    for (const day of [monday, tuesday]) {
      clock.set(day);
      await emit([fragment(user, 'p', day), fragment(user, 'q', day), fragment(user, 'r', day)]);
      await dispatcher().drain();
    }
    const paid = (await ledger(user)).filter((e) => e.ref === 'lectura_del_dia');
    expect(paid).toEqual([
      { reason: 'mission', amount: 15, ref: 'lectura_del_dia' },
      { reason: 'mission', amount: 15, ref: 'lectura_del_dia' },
    ]);
  });

  it.runIf(kind === 'postgres')('two instances on one database never pay twice', async () => {
    const users = await Promise.all(Array.from({ length: 12 }, () => newUser()));
    for (const user of users) {
      await emit(Array.from({ length: 6 }, (_, i) => fragment(user, `n${i}`)));
    }
    const other = testApp(database, { clock });
    const a = new EventDispatcher(app, [progressTracker(app), announcer(app)], { concurrency: 3 });
    const b = new EventDispatcher(other, [progressTracker(other), announcer(other)], { concurrency: 3 });
    await Promise.all([a.drain(), b.drain(), a.drain(), b.drain()]);
    await Promise.all([a.drain(), b.drain()]);
    for (const user of users) {
      const rewards = (await ledger(user)).filter((e) => e.reason !== 'welcome');
      const byRef = new Map<string, number>();
      for (const r of rewards) byRef.set(r.ref ?? '', (byRef.get(r.ref ?? '') ?? 0) + 1);
      expect([...byRef.values()].every((n) => n === 1)).toBe(true);
      // Six fragments on the first day: registration, one mission and the achievement it sets off; nothing
      // else, since rewards set off no further goal.
      expect(rewards.map((r) => r.ref).sort()).toEqual([
        'first_steps',
        'mission_accomplished',
        'primera_conversacion',
      ]);
      const progress = await progressRows(database.db, user, { goalIds: ['story_enthusiast'] });
      expect(progress[0]?.progress).toBe(6);
    }
    expect((await reconcile(database.db)).problems).toEqual([]);
    expect((await findUser(database.db, users[0]!))?.balance).toBeGreaterThan(0);
  });
});
