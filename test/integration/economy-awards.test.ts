// One award path for everyone: daily caps enforced in the database transaction (in the user's day), the VIP
// multiplier on every award, and one LevelReached (from → level) per award whose activity crosses levels.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { type Award, award, MissingTimeZone } from '../../src/app/ledger.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp, eventPayloads } from '../support/economy.ts';

describe.each(DATABASE_KINDS)('awards (%s)', (kind) => {
  let database: Database;
  let app: AppContext & { clock: ManualClock };
  let nextId = 1;
  const pay = (a: Omit<Award, 'zone'> & { zone?: string }) =>
    app.db.transaction().execute((tx) => award(tx, app.pack, app.clock.now(), { zone: app.timeZone, ...a }));
  const levelEvents = async (userId: number) =>
    (await eventPayloads(app, userId, 'LevelReached')).map((p) => `${p.from}→${p.level}`);

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
  });
  afterAll(() => database?.close());

  it('caps reactions at the pack’s 20 a day, even for 40 concurrent awards', async () => {
    app.clock.set('2026-01-15T18:00:00Z'); // noon in Mexico City
    const user = await addUser(app, nextId++);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        pay({ userId: user, base: 2, reason: 'reaction', key: `reaction:${user}:${i}` }),
      ),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(20);
    expect(results.filter((r) => r.capped)).toHaveLength(20);
    expect((await findUser(app.db, user))?.balance).toBe(40);

    // 23:59 in Mexico City is still the same day; midnight opens a new one.
    app.clock.set('2026-01-16T05:59:00Z');
    expect(
      await pay({ userId: user, base: 2, reason: 'reaction', key: `reaction:${user}:late` }),
    ).toMatchObject({
      applied: false,
      capped: true,
      balance: 40,
    });
    app.clock.set('2026-01-16T06:00:00Z');
    expect(
      await pay({ userId: user, base: 2, reason: 'reaction', key: `reaction:${user}:next` }),
    ).toMatchObject({
      applied: true,
      capped: false,
      balance: 42,
    });
  });

  it('counts the cap in the user’s own zone when they have one', async () => {
    const user = await addUser(app, nextId++, { timeZone: 'Europe/Madrid' });
    app.clock.set('2026-01-15T22:30:00Z'); // 23:30 in Madrid
    for (let i = 0; i < 20; i++)
      await pay({ userId: user, base: 2, reason: 'reaction', key: `r:${user}:${i}` });
    expect((await pay({ userId: user, base: 2, reason: 'reaction', key: `r:${user}:x` })).capped).toBe(true);
    app.clock.set('2026-01-15T23:00:00Z'); // midnight in Madrid, still the 15th in Mexico City
    expect((await pay({ userId: user, base: 2, reason: 'reaction', key: `r:${user}:y` })).applied).toBe(true);
  });

  it('does not cap reasons the pack does not name, and never pays a key twice', async () => {
    const user = await addUser(app, nextId++);
    for (let i = 0; i < 30; i++)
      await pay({ userId: user, base: 10, reason: 'fragment', key: `fragment:${user}:${i}` });
    const again = await pay({ userId: user, base: 10, reason: 'fragment', key: `fragment:${user}:0` });
    expect(again).toMatchObject({ applied: false, capped: false, amount: 0, balance: 300 });
  });

  it('needs the default zone for a capped award to a user without one', async () => {
    const user = await addUser(app, nextId++);
    await expect(
      app.db.transaction().execute((tx) =>
        award(tx, app.pack, app.clock.now(), {
          userId: user,
          base: 2,
          reason: 'reaction',
          key: `r:${user}`,
        }),
      ),
    ).rejects.toBeInstanceOf(MissingTimeZone);
  });

  it('pays VIPs ×1.5 rounded half up, and emits one LevelReached per award whose activity crosses levels', async () => {
    app.clock.set('2026-01-15T18:00:00Z');
    const vip = await addUser(app, nextId++, { vipUntil: new Date('2026-02-01T00:00:00Z') });
    expect((await pay({ userId: vip, base: 5, reason: 'decision', key: `d:${vip}:1` })).amount).toBe(8);
    expect((await pay({ userId: vip, base: 99, reason: 'mission', key: `m:${vip}:1` })).amount).toBe(149);
    expect((await pay({ userId: vip, base: 400, reason: 'achievement', key: `a:${vip}:1` })).amount).toBe(
      600,
    );
    // Rewards and the VIP bonus are paid but raise no level: 5 besitos of activity so far.
    expect(await levelEvents(vip)).toEqual([]);
    expect((await pay({ userId: vip, base: 170, reason: 'fragment', key: `f:${vip}:1` })).amount).toBe(255);
    expect(await levelEvents(vip)).toEqual(['1→2']);
    // 175 -> 975 crosses levels 3 to 6 in one award (level 6 is reached at 875): one event says so.
    expect((await pay({ userId: vip, base: 800, reason: 'story_bonus', key: `b:${vip}:1` })).amount).toBe(
      1200,
    );
    expect(await levelEvents(vip)).toEqual(['1→2', '2→6']);
    await pay({ userId: vip, base: 800, reason: 'story_bonus', key: `b:${vip}:1` });
    expect(await levelEvents(vip)).toEqual(['1→2', '2→6']);
    const books = await findUser(app.db, vip);
    expect(books).toMatchObject({ activityEarned: 975, totalEarned: 8 + 149 + 600 + 255 + 1200 });

    app.clock.set('2026-02-01T00:00:00Z'); // the VIP has just lapsed
    expect((await pay({ userId: vip, base: 5, reason: 'decision', key: `d:${vip}:2` })).amount).toBe(5);
  });

  it('a million besitos of activity is one LevelReached, not one per level; a grant raises none', async () => {
    const rich = await addUser(app, nextId++);
    await pay({ userId: rich, base: 1_000_000, reason: 'fragment', key: `g:${rich}:1` });
    expect(await levelEvents(rich)).toEqual(['1→2007']);
    const granted = await addUser(app, nextId++);
    await pay({ userId: granted, base: 1_000_000, reason: 'admin_grant', key: `g:${granted}:1` });
    expect(await levelEvents(granted)).toEqual([]);
  });
});
