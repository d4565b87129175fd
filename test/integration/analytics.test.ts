// The funnel's later steps on both databases, from events as the story and VIP write them: entering chapter 2
// and 3 (completing the chapter before), VIP; each step counts only those who took every step before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { funnel } from '../../src/app/analytics/analytics.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';

describe.each(DATABASE_KINDS)('analytics funnel (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = testApp(database);
  });
  afterAll(() => database?.close());

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
        payload: { planId: null, until: '2026-04-01T00:00:00.000Z', source: 'admin' },
      });
    return events;
  };

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
    // A VIP who never played: counted at /start only.
    await addUser(app, 8_400_006);
    await transact(app.db, (tx) =>
      appendEvents(tx, [
        { type: 'UserRegistered', userId: 8_400_006, payload: { language: 'en', startPayload: null } },
        {
          type: 'VipGranted',
          userId: 8_400_006,
          payload: { planId: null, until: '2026-04-01T00:00:00.000Z', source: 'token' },
        },
      ]),
    );
    expect(await funnel(app)).toEqual([
      { step: 'started', people: 6, conversion: 1 },
      { step: 'firstFragment', people: 5, conversion: 0.833 },
      { step: 'firstDecision', people: 5, conversion: 1 },
      { step: 'chapter2', people: 3, conversion: 0.6 },
      { step: 'chapter3', people: 2, conversion: 0.667 },
      { step: 'vip', people: 1, conversion: 0.5 },
    ]);
  });
});
