// Who was active, as the update inbox notes it: random people in random zones send updates over a few weeks,
// recorded in random batches (two batches of one moment sometimes racing each other, some updates delivered
// twice). Each person gets exactly one PersonActive per local day on which an update of theirs arrived, for
// that day in their zone, and their last_seen_at is the first update of their latest day.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { newLease } from '../../src/adapters/db/lease.ts';
import { admitArrivals } from '../../src/adapters/db/repositories/update-inbox.ts';
import type { AppContext } from '../../src/app/services.ts';
import { localDate } from '../../src/domain/calendar.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';

const ZONES = ['Asia/Tokyo', 'America/Mexico_City', 'Europe/Madrid', null] as const;
const START = Date.parse('2026-02-01T00:00:00Z');
const MINUTE = 60_000;

const batch = fc.record({
  // Minutes after the batch before: often the same day, sometimes days later.
  after: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 3 * 24 * 60 })),
  senders: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
  // The same moment's arrivals split over two batches recorded at once.
  racing: fc.boolean(),
  redelivered: fc.boolean(),
});

const scenario = fc.record({
  zones: fc.array(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 5 }),
  batches: fc.array(batch, { minLength: 1, maxLength: 25 }),
});

describe.each(DATABASE_KINDS)('activity marks of the update inbox (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  let nextUser = 9_300_000;
  let nextUpdate = 9_300_000;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = testApp(database);
  });
  afterAll(() => database?.close());

  it('marks each person once per local day an update of theirs arrived', { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const people = s.zones.map((zone) => ({ id: nextUser++, zone: zone ?? app.timeZone, own: zone }));
        for (const p of people) await addUser(app, p.id, p.own ? { timeZone: p.own } : {});

        const expected = new Map<number, { days: Set<string>; lastSeen?: { day: string; at: number } }>();
        let at = START;
        for (const b of s.batches) {
          at += b.after * MINUTE;
          const arrivals = b.senders.map((n) => {
            const p = people[n % people.length]!;
            const day = localDate(new Date(at), p.zone);
            const seen = expected.get(p.id) ?? { days: new Set<string>() };
            seen.days.add(day);
            if (seen.lastSeen?.day !== day) seen.lastSeen = { day, at };
            expected.set(p.id, seen);
            const updateId = nextUpdate++;
            return {
              updateId,
              body: { update_id: updateId },
              from: { id: p.id, firstName: 'Ana', lastName: null, username: null },
              lease: newLease(new Date(at + 5 * MINUTE)),
            };
          });
          const time = { at: new Date(at), zone: app.timeZone };
          const half = Math.ceil(arrivals.length / 2);
          if (b.racing)
            await Promise.all([
              admitArrivals(app.db, arrivals.slice(0, half), time),
              admitArrivals(app.db, arrivals.slice(half), time),
            ]);
          else await admitArrivals(app.db, arrivals, time);
          if (b.redelivered) await admitArrivals(app.db, arrivals, time);
        }

        const ids = people.map((p) => p.id);
        const marks = await app.db
          .selectFrom('events')
          .select(['user_id', 'payload', 'created_at'])
          .where('type', '=', 'PersonActive')
          .where('user_id', 'in', ids)
          .orderBy('id')
          .execute();
        const actual = marks.map((m) => `${m.user_id}|${(m.payload as { day: string }).day}`).sort();
        const wanted = [...expected].flatMap(([id, e]) => [...e.days].map((d) => `${id}|${d}`)).sort();
        expect(actual).toEqual(wanted);

        const rows = await app.db
          .selectFrom('users')
          .select(['id', 'last_seen_at'])
          .where('id', 'in', [...expected.keys()])
          .execute();
        for (const row of rows)
          expect(new Date(row.last_seen_at).getTime()).toBe(expected.get(Number(row.id))!.lastSeen!.at);
      }),
      { numRuns: 25 },
    );
  });
});
