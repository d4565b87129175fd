// Who was active, as the update inbox notes it: random people in random zones send updates over a few weeks,
// each update noted as it would be (two updates of one moment sometimes racing each other, some noted twice).
// Each person gets exactly one PersonActive per local day on which an update of theirs arrived (the day they
// arrived aside: it counts by their arrival), for that day in their zone, and their last_seen_at is what the
// rule says: moved by the first update of a new day, or by one more than an hour after it, never backwards.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { noteActive, SEEN_WITHIN_MS } from '../../src/adapters/db/repositories/activity.ts';
import type { AppContext } from '../../src/app/services.ts';
import { localDate } from '../../src/domain/calendar.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';

const ZONES = ['Asia/Tokyo', 'America/Mexico_City', 'Europe/Madrid', null] as const;
const START = Date.parse('2026-02-01T00:00:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const moment = fc.record({
  // Minutes after the moment before: often within the hour, sometimes hours or days later.
  after: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 3 * 24 * 60 })),
  senders: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  // The moment's updates noted two at a time, racing.
  racing: fc.boolean(),
  // Each noted twice (a redelivery, a retry).
  twice: fc.boolean(),
});

const scenario = fc.record({
  zones: fc.array(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 5 }),
  moments: fc.array(moment, { minLength: 1, maxLength: 25 }),
});

describe.each(DATABASE_KINDS)('activity marks of the update inbox (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  let nextUser = 9_300_000;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = testApp(database);
  });
  afterAll(() => database?.close());

  it('marks each person once per local day an update of theirs arrived', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const arrived = new Date(START - DAY);
        const people = s.zones.map((zone) => ({ id: nextUser++, zone: zone ?? app.timeZone, own: zone }));
        for (const p of people)
          await addUser(app, p.id, { ...(p.own ? { timeZone: p.own } : {}), registeredAt: arrived });

        // The rule, straight: the marks and last_seen_at it leads to.
        const expected = new Map(
          people.map((p) => [p.id, { days: new Set<string>(), seen: arrived.getTime() }]),
        );
        let at = START;
        for (const m of s.moments) {
          at += m.after * MINUTE;
          const ids = m.senders.map((n) => people[n % people.length]!);
          for (const p of ids) {
            const e = expected.get(p.id)!;
            const day = localDate(new Date(at), p.zone);
            if (localDate(new Date(e.seen), p.zone) < day) {
              e.days.add(day);
              e.seen = at;
            } else if (e.seen < at - SEEN_WITHIN_MS) e.seen = at;
          }
          const note = (id: number) => noteActive(app.db, id, { at: new Date(at), zone: app.timeZone });
          for (let i = 0; i < ids.length; i += m.racing ? 2 : 1)
            await Promise.all(ids.slice(i, i + (m.racing ? 2 : 1)).map((p) => note(p.id)));
          if (m.twice) for (const p of ids) await note(p.id);
        }

        const ids = people.map((p) => p.id);
        const marks = await app.db
          .selectFrom('events')
          .select(['user_id', 'payload'])
          .where('type', '=', 'PersonActive')
          .where('user_id', 'in', ids)
          .execute();
        const actual = marks.map((m) => `${m.user_id}|${(m.payload as { day: string }).day}`).sort();
        const wanted = [...expected].flatMap(([id, e]) => [...e.days].map((d) => `${id}|${d}`)).sort();
        expect(actual).toEqual(wanted);

        const rows = await app.db
          .selectFrom('users')
          .select(['id', 'last_seen_at'])
          .where('id', 'in', ids)
          .execute();
        for (const row of rows)
          expect(new Date(row.last_seen_at).getTime()).toBe(expected.get(Number(row.id))!.seen);
      }),
      { numRuns: 25 },
    );
  });
});
