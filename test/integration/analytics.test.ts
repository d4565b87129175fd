// Analytics on both databases, from events as the use-cases write them, through the rollup: the funnel's later
// steps (chapter 2 and 3 after completing the chapter before, VIP by Stars or token), a rollup that fails
// half-way or runs twice (same figures as one clean run), retention cohorts of people in different zones,
// VIP and Stars per day, and the CSV export of a view.
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { noteActive } from '../../src/adapters/db/repositories/activity.ts';
import { finalEventId, rollUpBatch } from '../../src/adapters/db/repositories/analytics-rollup.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import {
  economyAnalytics,
  funnel,
  retention,
  revenueAnalytics,
  storyAnalytics,
  vipAnalytics,
} from '../../src/app/analytics/analytics.ts';
import { rollUpEvents, rollupOptions } from '../../src/app/analytics/rollup.ts';
import type { AppContext } from '../../src/app/services.ts';
import { storyGraph } from '../../src/content/story-map.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { rollupSnapshot, startRollupAfresh } from '../support/analytics.ts';
import { startApi } from '../support/api.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';
import { failNextWrites } from '../support/faults.ts';
import { latch } from '../support/latch.ts';

const walk = (userId: number, steps: { chapters: number; vip: boolean }): DomainEvent[] => {
  const events: DomainEvent[] = [
    { type: 'UserRegistered', userId, payload: { language: 'es', startPayload: null } },
    { type: 'FragmentCompleted', userId, payload: { node: 'c1_puerta', chapter: 'c1' } },
    { type: 'DecisionMade', userId, payload: { node: 'c1_salon', chapter: 'c1', choice: 'verdad' } },
  ];
  for (let c = 1; c < steps.chapters; c++)
    events.push({ type: 'ChapterCompleted', userId, payload: { chapter: `c${c}` } });
  if (steps.vip)
    events.push({
      type: 'VipGranted',
      userId,
      payload: { planId: 'mensual', until: '2026-04-01T00:00:00.000Z', source: 'stars' },
    });
  return events;
};

describe.each(DATABASE_KINDS)('analytics funnel (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = testApp(database);
  });
  afterAll(() => database?.close());

  it('counts chapter 2, chapter 3 and VIP only after every step before', async () => {
    const people: Array<[number, { chapters: number; vip: boolean }]> = [
      [8_400_001, { chapters: 1, vip: false }],
      [8_400_002, { chapters: 2, vip: false }],
      [8_400_003, { chapters: 3, vip: false }],
      [8_400_004, { chapters: 3, vip: true }],
      [8_400_005, { chapters: 1, vip: true }],
    ];
    for (const [id, steps] of people) {
      await addUser(app, id);
      await transact(app.db, (tx) => appendEvents(tx, walk(id, steps)));
    }
    // A VIP who never played: counted at /start only; an admin's grant is no conversion.
    await addUser(app, 8_400_006);
    await transact(app.db, (tx) =>
      appendEvents(tx, [
        { type: 'UserRegistered', userId: 8_400_006, payload: { language: 'en', startPayload: null } },
        {
          type: 'VipGranted',
          userId: 8_400_006,
          payload: { planId: null, until: '2026-04-01T00:00:00.000Z', source: 'token' },
        },
        {
          type: 'VipGranted',
          userId: 8_400_003,
          payload: { planId: null, until: '2026-04-01T00:00:00.000Z', source: 'admin' },
        },
      ]),
    );
    await rollUpEvents(app);
    expect(await funnel(app)).toEqual([
      { step: 'started', people: 6, conversion: 1 },
      { step: 'firstFragment', people: 5, conversion: 0.833 },
      { step: 'firstDecision', people: 5, conversion: 1 },
      { step: 'chapter2', people: 3, conversion: 0.6 },
      { step: 'chapter3', people: 2, conversion: 0.667 },
      { step: 'vip', people: 1, conversion: 0.5 },
    ]);
    expect((await funnel(app, { language: 'en' }))[0]).toEqual({ step: 'started', people: 1, conversion: 1 });
  });
});

/** A community's worth of events: people arriving, reading, choosing, buying, paying, becoming VIP and not. */
function community(first: number, count: number, base: Date): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (let i = 0; i < count; i++) {
    const userId = first + i;
    const at = (hours: number) => new Date(base.getTime() + (i * 5 + hours) * 3_600_000);
    events.push(
      {
        type: 'UserRegistered',
        userId,
        at: at(0),
        payload: { language: i % 3 ? 'es' : 'en', startPayload: null },
      },
      { type: 'FragmentCompleted', userId, at: at(1), payload: { node: 'c1_puerta', chapter: 'c1' } },
      {
        type: 'BesitosAwarded',
        userId,
        at: at(1),
        payload: { amount: 10, reason: 'fragment', key: `f:${userId}`, balance: 10 + i },
      },
    );
    if (i % 2)
      events.push({
        type: 'DecisionMade',
        userId,
        at: at(26),
        payload: { node: 'c1_salon', chapter: 'c1', choice: i % 4 === 1 ? 'verdad' : 'excusa' },
      });
    if (i % 3 === 0) {
      events.push(
        {
          type: 'PaymentReceived',
          userId,
          at: at(30),
          payload: { chargeId: `c${userId}`, planId: 'm', amount: 50 },
        },
        {
          type: 'VipGranted',
          userId,
          at: at(30),
          payload: { planId: 'm', until: '2027-01-01T00:00:00Z', source: 'stars' },
        },
        { type: 'ItemPurchased', userId, at: at(31), payload: { itemId: 'llave', price: 5, order: 1 } },
      );
      if (i % 2 === 0) events.push({ type: 'VipExpired', userId, at: at(60), payload: {} });
    }
  }
  return events;
}

describe.each(DATABASE_KINDS)('analytics rollup (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  beforeEach(async () => {
    database = await freshDatabase(kind);
    app = testApp(database);
  });
  afterEach(() => database?.close());

  it('fails half-way, runs again and twice, and ends with the figures of one clean run', async () => {
    const base = new Date('2026-02-02T12:00:00Z');
    for (let i = 0; i < 24; i++) await addUser(app, 8_500_000 + i);
    const events = community(8_500_000, 24, base);
    // In several transactions, so that the rollup follows more than one.
    for (let i = 0; i < events.length; i += 10)
      await transact(app.db, (tx) => appendEvents(tx, events.slice(i, i + 10)));

    await rollUpEvents(app);
    const clean = await rollupSnapshot(app.db);
    expect(clean.analytics_people).toHaveLength(24);

    await startRollupAfresh(app.db);
    const settings = rollupOptions(app, 7);
    const finalId = await finalEventId(app.db);
    expect(await rollUpBatch(app.db, settings, finalId)).toBe(7);
    expect(await rollUpBatch(app.db, settings, finalId)).toBe(7);
    // The third batch dies on its last write, the cursor's: nothing of it stays.
    const before = await rollupSnapshot(app.db);
    await failNextWrites(app.db, 'analytics_cursor', 1);
    await expect(rollUpBatch(app.db, settings, finalId)).rejects.toThrow(/injected fault/);
    expect(await rollupSnapshot(app.db)).toEqual(before);

    expect(await rollUpEvents(app, { batchSize: 7 })).toBe(events.length - 14);
    expect(await rollupSnapshot(app.db)).toEqual(clean);
    // And again: nothing is added twice.
    expect(await rollUpEvents(app)).toBe(0);
    expect(await rollupSnapshot(app.db)).toEqual(clean);
  });

  it('waits for a transaction still writing events: one that ends late is not skipped', async () => {
    if (kind === 'embedded') return; // one connection: no transaction overlaps another
    await addUser(app, 8_510_001);
    await addUser(app, 8_510_002);
    const held = latch();
    const written = latch();
    // A transaction of its own (not `transact`, which writes its events as it ends): the event is written now.
    const late = app.db.transaction().execute(async (tx) => {
      await appendEvents(tx, [
        { type: 'UserRegistered', userId: 8_510_001, payload: { language: 'es', startPayload: null } },
      ]);
      written.open();
      await held.passed;
    });
    await written.passed;
    await transact(app.db, (tx) =>
      appendEvents(tx, [
        { type: 'UserRegistered', userId: 8_510_002, payload: { language: 'en', startPayload: null } },
      ]),
    );
    // The rollup waits for the transaction still writing events (its event's id is below the other's), then
    // takes both: folding the later id in first would move the cursor past the earlier one for good.
    let rolled = false;
    const rolling = rollUpEvents(app).then((taken) => {
      rolled = true;
      return taken;
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(rolled).toBe(false);
    held.open();
    await late;
    expect(await rolling).toBe(2);
    expect((await funnel(app))[0]?.people).toBe(2);
  });

  it('VIP and Stars per day, the economy by reason and item, and the CSV of a view', async () => {
    const base = new Date('2026-02-02T12:00:00Z');
    const events = community(8_520_000, 6, base);
    await transact(app.db, (tx) => appendEvents(tx, events));
    await rollUpEvents(app);
    const range = { from: '2026-02-02', to: '2026-02-05' };
    // People 0 and 3 pay and become VIP on 02-03 (their hour 30); person 0's VIP ends at hour 60 (02-04).
    expect(await vipAnalytics(app, range)).toEqual([
      { day: '2026-02-02', started: 0, renewed: 0, ended: 0, active: 0 },
      { day: '2026-02-03', started: 1, renewed: 0, ended: 0, active: 1 },
      { day: '2026-02-04', started: 1, renewed: 0, ended: 1, active: 1 },
      { day: '2026-02-05', started: 0, renewed: 0, ended: 0, active: 1 },
    ]);
    expect((await revenueAnalytics(app, range)).map((d) => d.stars)).toEqual([0, 50, 50, 0]);
    const economy = await economyAnalytics(app, range);
    expect(economy.spent).toEqual([
      { day: '2026-02-03', item: 'llave', besitos: 5, times: 1 },
      { day: '2026-02-04', item: 'llave', besitos: 5, times: 1 },
    ]);
    expect(economy.issued.reduce((s, d) => s + d.besitos, 0)).toBe(60);
    expect(economy.balances).toEqual([{ from: 1, below: 50, people: 6 }]);

    const api = await startApi(database);
    try {
      const answer = await api.call('GET', '/analytics/story?format=csv', 'viewer');
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/csv/);
      expect(answer.body.split('\r\n')).toEqual([
        'section,node,people,choice,share',
        'nodes,c1_puerta,6,,',
        'choices,c1_salon,2,verdad,0.667',
        'choices,c1_salon,1,excusa,0.333',
        'dropoff,c1_puerta,6,,',
        '',
      ]);
      const vip = await api.call('GET', '/analytics/vip?from=2026-02-03&to=2026-02-04&format=csv', 'viewer');
      expect(vip.body).toBe(
        'day,started,renewed,ended,active\r\n2026-02-03,1,0,0,1\r\n2026-02-04,1,0,1,1\r\n',
      );
      expect((await api.call('GET', '/analytics/story', 'viewer')).json()).toEqual(await storyAnalytics(app));
      // The graph the console draws those figures on, labelled in the language asked for.
      expect((await api.call('GET', '/analytics/story/map?language=en-GB', 'viewer')).json()).toEqual(
        storyGraph(app.pack, 'en'),
      );
    } finally {
      await api.close();
    }
  });

  it('retention cohorts count each person’s day 1, 7 and 30 in their own zone', async () => {
    // Active means an update arrived from them that day: what the update inbox notes, whatever the update did.
    const arrive = (id: number, at: string) =>
      noteActive(app.db, id, { at: new Date(at), zone: app.timeZone });
    const people: Array<[number, string | undefined, string, string]> = [
      // id, zone, registered at, an update at
      // Tokyo: registered on 03-03 local; active 03-03 23:00 local (the next day in UTC): day 0, not day 1.
      [8_530_001, 'Asia/Tokyo', '2026-03-02T20:00:00Z', '2026-03-03T14:00:00Z'],
      // Mexico City: registered on 03-02 local; active 03-02 23:00 local (03-03 in UTC): day 0.
      [8_530_002, 'America/Mexico_City', '2026-03-02T20:00:00Z', '2026-03-03T05:00:00Z'],
      // The deployment's zone (Mexico City): day 7.
      [8_530_003, undefined, '2026-03-02T20:00:00Z', '2026-03-09T20:00:00Z'],
      // Tokyo: registered on 03-03 local (01:00), active on 04-02 local: day 30.
      [8_530_004, 'Asia/Tokyo', '2026-03-02T16:00:00Z', '2026-04-02T00:00:00Z'],
      // Tokyo: registered on 03-03 local, active 03-04 01:00 local: day 1.
      [8_530_005, 'Asia/Tokyo', '2026-03-02T20:00:00Z', '2026-03-03T16:00:00Z'],
    ];
    for (const [id, zone, registered, active] of people) {
      await addUser(app, id, { ...(zone ? { timeZone: zone } : {}), registeredAt: new Date(registered) });
      await transact(app.db, (tx) =>
        appendEvents(tx, [
          {
            type: 'UserRegistered',
            userId: id,
            at: new Date(registered),
            payload: { language: 'es', startPayload: null },
          },
          // Written for them without an update of theirs (on what would be their day 1): no sign of life.
          {
            type: 'VipReminderSent',
            userId: id,
            at: new Date(Date.parse(registered) + 86_400_000),
            payload: { until: '2026-04-01T00:00:00.000Z', daysLeft: 3 },
          },
        ]),
      );
      await arrive(id, active);
      // Another update the same local day marks nothing more.
      await arrive(id, active);
    }
    const marks = await app.db
      .selectFrom('events')
      .select(['user_id', 'payload'])
      .where('type', '=', 'PersonActive')
      .where('user_id', '>', 8_530_000)
      .where('user_id', '<', 8_530_010)
      .orderBy('user_id')
      .execute();
    // The first two were active on the day they arrived only: that day counts by their arrival.
    expect(marks.map((m) => [Number(m.user_id), m.payload])).toEqual([
      [8_530_003, { day: '2026-03-09' }],
      [8_530_004, { day: '2026-04-02' }],
      [8_530_005, { day: '2026-03-04' }],
    ]);
    await rollUpEvents(app);
    const filter = { from: '2026-03-01', to: '2026-03-08' };
    expect(await retention(app, 'week', false, filter)).toEqual([
      {
        cohort: '2026-03-02',
        language: '',
        people: 5,
        d1: 1,
        d7: 1,
        d30: 1,
        d1Rate: 0.2,
        d7Rate: 0.2,
        d30Rate: 0.2,
      },
    ]);
    expect(
      (await retention(app, 'day', false, filter)).map((r) => [r.cohort, r.people, r.d1, r.d7, r.d30]),
    ).toEqual([
      ['2026-03-02', 2, 0, 1, 0],
      ['2026-03-03', 3, 1, 0, 1],
    ]);
  });

  it('counts the history from before the activity marks as it was counted then: any event of theirs', async () => {
    const gift = (id: number, at: string): DomainEvent[] => [
      {
        type: 'UserRegistered',
        userId: id,
        at: new Date('2026-05-04T18:00:00Z'),
        payload: { language: 'es', startPayload: null },
      },
      {
        type: 'DailyGiftClaimed',
        userId: id,
        at: new Date(at),
        payload: { day: 'x', streak: 1, amount: 15 },
      },
    ];
    // Written before the marks existed: a gift the next day was a day they came back.
    await addUser(app, 8_540_001);
    await transact(app.db, (tx) => appendEvents(tx, gift(8_540_001, '2026-05-05T18:00:00Z')));
    // As migration 0028 finds a database with a history.
    await sql`
      INSERT INTO analytics_cursor (name, event_id) SELECT 'person-active-from', max(id) FROM events
    `.execute(app.db);
    // Written since: only an update of theirs (a PersonActive mark) says they came back.
    await addUser(app, 8_540_002);
    await transact(app.db, (tx) => appendEvents(tx, gift(8_540_002, '2026-05-05T18:00:00Z')));
    await rollUpEvents(app);
    expect(
      (await retention(app, 'day', false, { from: '2026-05-04', to: '2026-05-04' })).map((r) => [
        r.cohort,
        r.people,
        r.d1,
      ]),
    ).toEqual([['2026-05-04', 2, 1]]);
  });
});
