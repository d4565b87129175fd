// The analytics rollup against a direct computation: random event streams (people in random zones arriving,
// reading, choosing, finishing chapters, becoming VIP, earning besitos, sending updates on new days, at random
// instants), written in random transactions and rolled up in random batches, some while more events arrive.
// The figures of every view must equal the ones computed straight from the stream.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { finalEventId, rollUpBatch } from '../../src/adapters/db/repositories/analytics-rollup.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import {
  activityAnalytics,
  economyAnalytics,
  FUNNEL_STEPS,
  funnel,
  retention,
  storyAnalytics,
} from '../../src/app/analytics/analytics.ts';
import { rollUpEvents, rollupOptions } from '../../src/app/analytics/rollup.ts';
import type { AppContext } from '../../src/app/services.ts';
import { addDays, localDate } from '../../src/domain/calendar.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { startRollupAfresh } from '../support/analytics.ts';
import { testApp } from '../support/app-context.ts';
import { freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';

const ZONES = ['Asia/Tokyo', 'America/Mexico_City', 'Europe/Madrid', null] as const;
const NODES = ['c1_puerta', 'c1_lucien', 'c1_salon'] as const;
const START = Date.parse('2026-01-05T00:00:00Z');
const HOUR = 3_600_000;

type Step =
  | { kind: 'fragment'; node: (typeof NODES)[number] }
  | { kind: 'decision'; choice: 'verdad' | 'excusa' }
  | { kind: 'chapter'; chapter: 'c1' | 'c2' }
  | { kind: 'vip'; source: 'stars' | 'token' | 'admin' }
  | { kind: 'award'; amount: number; reason: 'fragment' | 'daily' }
  | { kind: 'gift' }
  | { kind: 'update' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('fragment' as const), node: fc.constantFrom(...NODES) }),
  fc.record({
    kind: fc.constant('decision' as const),
    choice: fc.constantFrom('verdad' as const, 'excusa' as const),
  }),
  fc.record({
    kind: fc.constant('chapter' as const),
    chapter: fc.constantFrom('c1' as const, 'c2' as const),
  }),
  fc.record({
    kind: fc.constant('vip' as const),
    source: fc.constantFrom('stars' as const, 'token' as const, 'admin' as const),
  }),
  fc.record({
    kind: fc.constant('award' as const),
    amount: fc.integer({ min: 1, max: 30 }),
    reason: fc.constantFrom('fragment' as const, 'daily' as const),
  }),
  fc.record({ kind: fc.constant('gift' as const) }),
  fc.record({ kind: fc.constant('update' as const) }),
);

const person = fc.record({
  zone: fc.constantFrom(...ZONES),
  language: fc.constantFrom('es', 'en'),
  arrivesAtHour: fc.integer({ min: 0, max: 24 * 10 }),
  // Each step some hours after the one before, up to about 40 days in all.
  steps: fc.array(fc.tuple(step, fc.integer({ min: 0, max: 60 })), { maxLength: 14 }),
});

const scenario = fc.record({
  people: fc.array(person, { minLength: 1, maxLength: 7 }),
  transactionSize: fc.integer({ min: 1, max: 12 }),
  batchSize: fc.integer({ min: 1, max: 25 }),
  // After how many transactions the rollup runs while events still arrive.
  rollEvery: fc.integer({ min: 1, max: 6 }),
});

describe('analytics rollup equals a direct computation (embedded)', () => {
  let database: Database;
  let app: AppContext;
  let nextUser = 9_100_000;
  beforeAll(async () => {
    database = await freshDatabase('embedded');
    app = testApp(database);
  });
  afterAll(() => database?.close());

  it('over random event streams, batches and interleavings', { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        await sql`TRUNCATE events`.execute(app.db);
        await startRollupAfresh(app.db);
        // Events in the order they are written: by person, each person's in time order.
        const stream: Array<DomainEvent & { at: Date; zone: string }> = [];
        for (const p of s.people) {
          const userId = nextUser++;
          await addUser(app, userId, p.zone ? { timeZone: p.zone } : {});
          const zone = p.zone ?? app.timeZone;
          let hour = p.arrivesAtHour;
          const push = (event: DomainEvent) =>
            stream.push({ ...event, at: new Date(START + hour * HOUR), zone });
          push({ type: 'UserRegistered', userId, payload: { language: p.language, startPayload: null } });
          let balance = 0;
          for (const [st, after] of p.steps) {
            hour += after;
            if (st.kind === 'fragment')
              push({ type: 'FragmentCompleted', userId, payload: { node: st.node, chapter: 'c1' } });
            else if (st.kind === 'decision')
              push({
                type: 'DecisionMade',
                userId,
                payload: { node: 'c1_salon', chapter: 'c1', choice: st.choice },
              });
            else if (st.kind === 'chapter')
              push({ type: 'ChapterCompleted', userId, payload: { chapter: st.chapter } });
            else if (st.kind === 'vip')
              push({
                type: 'VipGranted',
                userId,
                payload: { planId: null, until: '2027-01-01T00:00:00Z', source: st.source },
              });
            else if (st.kind === 'award') {
              balance += st.amount;
              push({
                type: 'BesitosAwarded',
                userId,
                payload: { amount: st.amount, reason: st.reason, key: `k${stream.length}`, balance },
              });
            } else if (st.kind === 'update')
              // As the update inbox marks an update that arrives on a new local day.
              push({
                type: 'PersonActive',
                userId,
                payload: { day: localDate(new Date(START + hour * HOUR), zone) },
              });
            else push({ type: 'DailyGiftClaimed', userId, payload: { day: 'x', streak: 1, amount: 0 } });
          }
        }

        const settings = rollupOptions(app, s.batchSize);
        for (let i = 0, n = 0; i < stream.length; i += s.transactionSize, n++) {
          await transact(app.db, (tx) => appendEvents(tx, stream.slice(i, i + s.transactionSize)));
          if (n % s.rollEvery === 0) await rollUpBatch(app.db, settings, await finalEventId(app.db));
        }
        await rollUpEvents(app, { batchSize: s.batchSize });

        const expected = directFigures(stream, app.timeZone);
        expect(await funnel(app)).toEqual(expected.funnel);
        const story = await storyAnalytics(app);
        expect(sortBy(story.nodes)).toEqual(expected.nodes);
        expect(
          sortBy(story.choices.map(({ node, choice, people }) => ({ node: `${node}/${choice}`, people }))),
        ).toEqual(expected.choices);
        expect(sortBy(story.dropoff)).toEqual(expected.dropoff);
        const byDay = await retention(app, 'day', false);
        expect(byDay.map((r) => [r.cohort, r.people, r.d1, r.d7, r.d30])).toEqual(expected.retention);
        const range = { from: '2026-01-01', to: '2026-03-31' };
        const active = (await activityAnalytics(app, range)).filter((d) => d.people > 0);
        expect(active).toEqual(expected.active);
        const issued = (await economyAnalytics(app, range)).issued.map((d) => [d.day, d.reason, d.besitos]);
        expect(issued).toEqual(expected.issued);
      }),
      { numRuns: 20 },
    );
  });
});

const sortBy = (rows: Array<{ node: string; people: number }>) =>
  [...rows].sort((a, b) => a.node.localeCompare(b.node));

/** The figures computed straight from the stream, independently of the rollup's SQL. */
function directFigures(stream: Array<DomainEvent & { at: Date; zone: string }>, deploymentZone: string) {
  const people = new Map<number, { bits: number; signup?: string; days: Set<string>; last?: string }>();
  const nodes = new Map<string, Set<number>>();
  const choices = new Map<string, Set<number>>();
  const issued = new Map<string, number>();
  for (const e of stream) {
    const userId = e.userId!;
    const p = people.get(userId) ?? { bits: 0, days: new Set<string>() };
    people.set(userId, p);
    const day = localDate(e.at, e.zone);
    // Active: the day they arrived and the days an update of theirs arrived; nothing else.
    if (e.type === 'UserRegistered') p.days.add(day);
    if (e.type === 'PersonActive') p.days.add(e.payload.day);
    const mark = (map: Map<string, Set<number>>, key: string) =>
      map.set(key, (map.get(key) ?? new Set()).add(userId));
    if (e.type === 'UserRegistered') {
      p.bits |= 1;
      p.signup ??= day;
    } else if (e.type === 'FragmentCompleted') {
      p.bits |= 2;
      p.last = e.payload.node;
      mark(nodes, e.payload.node);
    } else if (e.type === 'DecisionMade') {
      p.bits |= 4;
      mark(choices, `${e.payload.node}/${e.payload.choice}`);
    } else if (e.type === 'ChapterCompleted') p.bits |= e.payload.chapter === 'c1' ? 8 : 16;
    else if (e.type === 'VipGranted' && e.payload.source !== 'admin') p.bits |= 32;
    else if (e.type === 'BesitosAwarded') {
      const key = `${localDate(e.at, deploymentZone)}|${e.payload.reason}`;
      issued.set(key, (issued.get(key) ?? 0) + e.payload.amount);
    }
  }
  const all = [...people.values()];
  const counts = [1, 3, 7, 15, 31, 63].map((mask) => all.filter((p) => (p.bits & mask) === mask).length);
  const funnel = FUNNEL_STEPS.map((step, i) => ({
    step,
    people: counts[i]!,
    conversion:
      i === 0 ? 1 : counts[i - 1] === 0 ? 0 : Math.round((counts[i]! / counts[i - 1]!) * 1000) / 1000,
  }));
  const cohorts = new Map<string, number[]>();
  for (const p of all) {
    if (!p.signup) continue;
    const c = cohorts.get(p.signup) ?? [0, 0, 0, 0];
    c[0]!++;
    [1, 7, 30].forEach((n, i) => {
      if (p.days.has(addDays(p.signup!, n))) c[i + 1]!++;
    });
    cohorts.set(p.signup, c);
  }
  const activeDays = new Map<string, number>();
  for (const p of all) for (const d of p.days) activeDays.set(d, (activeDays.get(d) ?? 0) + 1);
  const dropoff = new Map<string, number>();
  for (const p of all) if (p.last) dropoff.set(p.last, (dropoff.get(p.last) ?? 0) + 1);
  const counted = (m: Map<string, Set<number>> | Map<string, number>) =>
    sortBy([...m].map(([node, v]) => ({ node, people: typeof v === 'number' ? v : v.size })));
  return {
    funnel,
    nodes: counted(nodes),
    choices: counted(choices),
    dropoff: counted(dropoff),
    retention: [...cohorts].sort(([a], [b]) => a.localeCompare(b)).map(([day, c]) => [day, ...c]),
    active: [...activeDays].sort(([a], [b]) => a.localeCompare(b)).map(([day, n]) => ({ day, people: n })),
    issued: [...issued]
      .map(([key, amount]) => [...key.split('|'), amount])
      .sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`)),
  };
}
