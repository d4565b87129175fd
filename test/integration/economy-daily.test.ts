// The daily gift on both databases: once per local day whatever the taps, streaks and their bonus, the user's
// zone, the VIP multiplier, and a claim that survives a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { claimDailyGift, dailyGiftStatus } from '../../src/app/economy/daily-gift.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp, eventPayloads } from '../support/economy.ts';

describe.each(DATABASE_KINDS)('daily gift (%s)', (kind) => {
  let database: Database;
  let app: AppContext & { clock: ManualClock };
  let nextId = 1;
  const amounts = async (userId: number) =>
    (
      await app.db
        .selectFrom('transactions')
        .select(['amount', 'idempotency_key'])
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute()
    ).map((t) => [t.idempotency_key, t.amount]);

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
  });
  afterAll(() => database?.close());

  it('pays once per day, whatever the number of concurrent claims', async () => {
    app.clock.set('2026-01-15T18:00:00Z');
    const user = await addUser(app, nextId++);
    const claims = await Promise.all(Array.from({ length: 10 }, () => claimDailyGift(app, user)));
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    expect(claims.find((c) => c.claimed)).toMatchObject({ amount: 15, balance: 15 });
    expect(await amounts(user)).toEqual([[`daily:${user}:2026-01-15`, 15]]);

    const status = await dailyGiftStatus(app, (await findUser(app.db, user))!);
    expect(status).toMatchObject({ day: '2026-01-15', streak: 1, claimable: false });
    // The next gift: midnight in Mexico City.
    expect(status.nextAt.toISOString()).toBe('2026-01-16T06:00:00.000Z');
  });

  it('counts consecutive days, adds the streak bonus, and starts again after a missed day', async () => {
    const user = await addUser(app, nextId++);
    const claimOn = async (instant: string) => {
      app.clock.set(instant);
      return claimDailyGift(app, user);
    };
    expect(await claimOn('2026-03-01T18:00:00Z')).toMatchObject({
      claimed: true,
      amount: 15,
      status: { streak: 1 },
    });
    expect(await claimOn('2026-03-02T07:00:00Z')).toMatchObject({
      claimed: true,
      amount: 15,
      status: { streak: 2 },
    });
    // Late in the evening of the third day (03:00 UTC of the 4th is 21:00 in Mexico City on the 3rd).
    expect(await claimOn('2026-03-04T03:00:00Z')).toMatchObject({
      claimed: true,
      amount: 20,
      status: { streak: 3 },
    });
    expect(await claimOn('2026-03-04T05:00:00Z')).toMatchObject({ claimed: false, status: { streak: 3 } });
    const status = await dailyGiftStatus(app, (await findUser(app.db, user))!);
    expect(status).toMatchObject({ claimable: false, streak: 3 });
    // The 4th is missed; the 5th starts over.
    expect(await claimOn('2026-03-05T18:00:00Z')).toMatchObject({
      claimed: true,
      amount: 15,
      status: { streak: 1 },
    });
    expect((await findUser(app.db, user))?.balance).toBe(65);
  });

  it('shows a streak as alive until the day after it ends', async () => {
    const user = await addUser(app, nextId++);
    app.clock.set('2026-04-01T18:00:00Z');
    await claimDailyGift(app, user);
    app.clock.set('2026-04-02T18:00:00Z');
    const u = (await findUser(app.db, user))!;
    expect(await dailyGiftStatus(app, u)).toMatchObject({ claimable: true, streak: 1, base: 15, bonus: 0 });
    app.clock.set('2026-04-03T18:00:00Z');
    expect(await dailyGiftStatus(app, u)).toMatchObject({ claimable: true, streak: 0 });
  });

  it('follows the user’s zone', async () => {
    const user = await addUser(app, nextId++, { timeZone: 'Europe/Madrid' });
    app.clock.set('2026-01-20T22:30:00Z'); // 23:30 in Madrid
    expect((await claimDailyGift(app, user)).claimed).toBe(true);
    app.clock.set('2026-01-20T23:00:00Z'); // midnight in Madrid: a new day there
    expect(await claimDailyGift(app, user)).toMatchObject({
      claimed: true,
      status: { day: '2026-01-21', streak: 2 },
    });
  });

  it('pays VIPs the multiplier on the gift and its bonus', async () => {
    const vip = await addUser(app, nextId++, { vipUntil: new Date('2027-01-01T00:00:00Z') });
    app.clock.set('2026-05-01T18:00:00Z');
    expect(await claimDailyGift(app, vip)).toMatchObject({ amount: 23 }); // 15 × 1.5 = 22.5 -> 23
  });

  it('remembers the claim across a restart (a new app on the same database)', async () => {
    const user = await addUser(app, nextId++);
    app.clock.set('2026-06-01T18:00:00Z');
    expect((await claimDailyGift(app, user)).claimed).toBe(true);
    const restarted = economyApp(database, { clock: app.clock });
    expect((await claimDailyGift(restarted, user)).claimed).toBe(false);
    expect(await eventPayloads(app, user, 'DailyGiftClaimed')).toEqual([
      { day: '2026-06-01', streak: 1, amount: 15 },
    ]);
  });
});
