// Segments on both databases, property-tested: for any combination of conditions, the audience the database
// counts and writes down at the start is exactly the people a plain model of the same rules picks (never
// those who turned broadcasts off or blocked the bot).
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { startDueBroadcasts } from '../../src/adapters/db/repositories/broadcasts.ts';
import { createBroadcast, previewAudience, segmentContext } from '../../src/app/broadcasts/broadcasts.ts';
import type { AppContext } from '../../src/app/services.ts';
import { earnedForLevel, type Segment } from '../../src/domain/broadcasts.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { TEST_CHANNELS, testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

const DAY = 86_400_000;
const NODES = ['c1_puerta', 'c1_lucien', 'c1_salon'];

interface Person {
  id: number;
  language: 'es' | 'en';
  vipDays: number | null;
  earned: number;
  idleDays: number;
  visited: string[];
  rose: boolean;
  member: boolean;
  broadcasts: boolean;
  unreachable: boolean;
}

const personArb = (id: number) =>
  fc.record({
    id: fc.constant(id),
    language: fc.constantFrom('es' as const, 'en' as const),
    vipDays: fc.option(fc.integer({ min: -10, max: 40 }), { nil: null }),
    earned: fc.integer({ min: 0, max: 1500 }),
    idleDays: fc.integer({ min: 0, max: 40 }),
    visited: fc.subarray(NODES),
    rose: fc.boolean(),
    member: fc.boolean(),
    broadcasts: fc.boolean(),
    unreachable: fc.boolean(),
  });

const segmentArb: fc.Arbitrary<Segment> = fc.record(
  {
    vip: fc.boolean(),
    languages: fc.subarray(['es', 'en'], { minLength: 1 }),
    minLevel: fc.integer({ min: 1, max: 12 }),
    inactiveDays: fc.integer({ min: 0, max: 40 }),
    reachedNode: fc.constantFrom(...NODES),
    ownsItem: fc.constantFrom('rose', 'lily'),
    freeChannelMember: fc.boolean(),
    vipEndingWithinDays: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: [] },
);

function matches(p: Person, s: Segment, levels: AppContext['pack']['economy']['levels']): boolean {
  if (!p.broadcasts || p.unreachable) return false;
  const vip = p.vipDays !== null && p.vipDays > 0;
  if (s.vip !== undefined && s.vip !== vip) return false;
  if (s.languages && !s.languages.includes(p.language)) return false;
  if (s.minLevel !== undefined && p.earned < earnedForLevel(s.minLevel, levels)) return false;
  if (s.inactiveDays !== undefined && p.idleDays < s.inactiveDays) return false;
  if (s.reachedNode !== undefined && !p.visited.includes(s.reachedNode)) return false;
  if (s.ownsItem !== undefined && !(s.ownsItem === 'rose' && p.rose)) return false;
  if (s.freeChannelMember !== undefined && s.freeChannelMember !== p.member) return false;
  if (s.vipEndingWithinDays !== undefined && !(vip && p.vipDays! <= s.vipEndingWithinDays)) return false;
  return true;
}

describe.each(DATABASE_KINDS)('segments (%s)', (kind) => {
  let database: Database;
  let app: AppContext;
  const clock = new ManualClock('2026-03-02T18:00:00Z');
  const people = fc.sample(fc.tuple(...Array.from({ length: 40 }, (_, i) => personArb(8_500_000 + i))), {
    numRuns: 1,
    seed: 14,
  })[0]!;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = testApp(database, { clock });
    const now = clock.now().getTime();
    for (const p of people) {
      await app.db
        .insertInto('users')
        .values({
          id: p.id,
          first_name: 'P',
          language: p.language,
          total_earned: p.earned,
          activity_earned: p.earned,
          vip_until: p.vipDays === null ? null : new Date(now + p.vipDays * DAY),
          last_seen_at: new Date(now - p.idleDays * DAY),
          broadcasts: p.broadcasts,
          unreachable_at: p.unreachable ? clock.now() : null,
        })
        .execute();
      if (p.visited.length)
        await app.db
          .insertInto('story_saves')
          .values({
            user_id: p.id,
            node: p.visited.at(-1)!,
            chapter: 'c1',
            emotion: 'reservada',
            visited: JSON.stringify(p.visited),
            flags: '[]',
            choices: '[]',
            taken: '[]',
            chapters: '[]',
            endings: '[]',
            relationship: 0,
            revision: 0,
            runs: 1,
          })
          .execute();
      if (p.rose)
        await app.db
          .insertInto('inventory')
          .values({ user_id: p.id, item_id: 'rose', quantity: 1 })
          .execute();
      await app.db
        .insertInto('channel_members')
        .values({ chat_id: TEST_CHANNELS.free!, user_id: p.id, is_member: p.member, changed_at: clock.now() })
        .execute();
    }
  });
  afterAll(() => database?.close());

  it('counts and writes down exactly the people the rules pick', async () => {
    const levels = app.pack.economy.levels;
    await fc.assert(
      fc.asyncProperty(segmentArb, async (segment) => {
        const expected = people.filter((p) => matches(p, segment, levels)).map((p) => p.id);
        expect(await previewAudience(app, segment)).toBe(expected.length);
        const created = await createBroadcast(
          app,
          { message: { text: 'x', buttons: [] }, segment },
          { adminId: 0, name: 't' },
        );
        await startDueBroadcasts(app.db, segmentContext(app), (work) => app.db.transaction().execute(work));
        const rows = await sql<{ user_id: number }>`
          SELECT user_id FROM broadcast_recipients WHERE broadcast_id = ${created.id} ORDER BY user_id
        `.execute(app.db);
        expect(rows.rows.map((r) => Number(r.user_id))).toEqual(expected);
      }),
      { numRuns: 40, seed: 14 },
    );
  });
});
