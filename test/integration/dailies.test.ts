// The dailies' ledger paths on both databases: a night's visit and a day's riddle pay once however often they
// arrive, the game of chance never charges or pays a play twice, never passes the day's stake cap or the
// balance, and a failure between stake and dice leaves the balance as it was; the standing counts activity only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { playChance } from '../../src/app/dailies/chance.ts';
import { visitNight } from '../../src/app/dailies/nightly.ts';
import { answerRiddle, awaitRiddleAnswer, riddleOfDay } from '../../src/app/dailies/riddle.ts';
import { weeklyStanding } from '../../src/app/dailies/standing.ts';
import { award } from '../../src/app/ledger.ts';
import type { AppContext } from '../../src/app/services.ts';
import { changeStandingHidden } from '../../src/app/users.ts';
import type { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp } from '../support/economy.ts';

// 21:00 on 14 January in Mexico City (the default zone): the visits are open.
const EVENING = '2026-01-15T03:00:00Z';

describe.each(DATABASE_KINDS)('dailies (%s)', (kind) => {
  let database: Database;
  let app: AppContext & { clock: ManualClock };
  let nextId = 1;

  const entries = async (userId: number) =>
    (
      await app.db
        .selectFrom('transactions')
        .select(['idempotency_key', 'amount', 'activity'])
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute()
    ).map((t) => [t.idempotency_key, t.amount, t.activity]);
  const balance = async (userId: number) => (await findUser(app.db, userId))?.balance;
  const grant = (userId: number, base: number, key: string) =>
    app.db
      .transaction()
      .execute((tx) => award(tx, app.pack, app.clock.now(), { userId, base, reason: 'mission', key }));

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
  });
  afterAll(() => database?.close());

  describe('nightly visit', () => {
    it('is closed by day and pays once per night, whatever the number of concurrent visits', async () => {
      const user = await addUser(app, nextId++);
      app.clock.set('2026-01-15T18:00:00Z');
      expect(await visitNight(app, user)).toEqual({ kind: 'closed', opens: '20:00' });

      app.clock.set(EVENING);
      const visits = await Promise.all(Array.from({ length: 8 }, () => visitNight(app, user)));
      expect(visits.filter((v) => v.kind === 'paid')).toHaveLength(1);
      expect(visits.filter((v) => v.kind === 'seen')).toHaveLength(7);
      // Past midnight it is still the same night.
      app.clock.set('2026-01-15T08:30:00Z');
      expect((await visitNight(app, user)).kind).toBe('seen');
      expect(await entries(user)).toEqual([[`nightly:${user}:2026-01-14`, 10, 10]]);
    });

    it('pays VIP guests the multiplier, of which only the base is activity', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++, { vipUntil: new Date('2027-01-01T00:00:00Z') });
      expect(await visitNight(app, user)).toMatchObject({ kind: 'paid', amount: 15, balance: 15 });
      expect(await entries(user)).toEqual([[`nightly:${user}:2026-01-14`, 15, 10]]);
    });
  });

  describe('riddle of the day', () => {
    const today = '2026-01-14';

    it('takes typed text only while it waits for an answer, counts a message once, and pays once', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++);
      const riddle = riddleOfDay(app, today);
      const right = riddle.answers.en![0]!;
      expect(await answerRiddle(app, user, right, 1)).toBeUndefined();

      expect((await awaitRiddleAnswer(app, user, true)).waiting).toBe(true);
      expect(await answerRiddle(app, user, 'nothing at all', 2)).toMatchObject({
        kind: 'wrong',
        status: { attempts: 1, left: 2, waiting: true },
      });
      // The same message delivered again is not a second attempt.
      expect(await answerRiddle(app, user, 'nothing at all', 2)).toMatchObject({ status: { attempts: 1 } });

      const solved = await Promise.all([
        answerRiddle(app, user, right, 3),
        answerRiddle(app, user, right, 4),
      ]);
      expect(solved.filter((s) => s?.kind === 'solved')).toHaveLength(1);
      expect(await entries(user)).toEqual([[`riddle:${user}:${today}`, 15, 15]]);
      // Solved, the riddle no longer takes text: it goes to Diana.
      expect(await answerRiddle(app, user, right, 5)).toBeUndefined();
      expect((await awaitRiddleAnswer(app, user, true)).waiting).toBe(false);
    });

    it('pays nothing after the last wrong attempt, and stops taking text', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++);
      await awaitRiddleAnswer(app, user, true);
      for (const [i, kind] of (['wrong', 'wrong', 'out'] as const).entries()) {
        expect(await answerRiddle(app, user, `guess ${i}`, 10 + i)).toMatchObject({ kind });
      }
      const right = riddleOfDay(app, today).answers.es![0]!;
      expect(await answerRiddle(app, user, right, 20)).toBeUndefined();
      expect(await entries(user)).toEqual([]);
    });

    it('stops waiting after the pack minutes, or when the person says not now', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++);
      await awaitRiddleAnswer(app, user, true);
      app.clock.set('2026-01-15T03:11:00Z');
      expect(await answerRiddle(app, user, 'hello Diana', 30)).toBeUndefined();
      await awaitRiddleAnswer(app, user, true);
      await awaitRiddleAnswer(app, user, false);
      expect(await answerRiddle(app, user, 'hello Diana', 31)).toBeUndefined();
    });
  });

  describe('game of chance', () => {
    it('charges and pays a replayed play once, with the same outcome', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++);
      await grant(user, 100, `grant:${user}`);
      app.random = () => 0.1;
      const first = await playChance(app, user, 10, 'tap-1');
      app.random = () => 0.9;
      const again = await playChance(app, user, 10, 'tap-1');
      expect(first).toMatchObject({ kind: 'played', won: 20, balance: 110, replayed: false });
      expect(again).toMatchObject({ kind: 'played', won: 20, balance: 110, replayed: true });
      const lost = await playChance(app, user, 5, 'tap-2');
      expect(lost).toMatchObject({ kind: 'played', won: 0, balance: 105, left: 25 });
      expect(await entries(user)).toEqual([
        [`grant:${user}`, 100, 0],
        [`chance-stake:${user}:tap-1`, -10, 0],
        [`chance-win:${user}:tap-1`, 20, 20],
        [`chance-stake:${user}:tap-2`, -5, 0],
      ]);
    });

    it('never stakes beyond the day cap, which starts again the next day', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++);
      await grant(user, 200, `grant:${user}`);
      app.random = () => 0.9;
      await playChance(app, user, 20, 'a');
      await playChance(app, user, 10, 'b');
      expect(await playChance(app, user, 20, 'c')).toEqual({
        kind: 'refused',
        reason: 'over_cap',
        left: 10,
        balance: 170,
      });
      await playChance(app, user, 10, 'd');
      expect(await playChance(app, user, 5, 'e')).toMatchObject({
        kind: 'refused',
        reason: 'over_cap',
        left: 0,
      });
      expect(await balance(user)).toBe(160);
      // The person's next day (noon on the 15th in Mexico City) has its own cap.
      app.clock.set('2026-01-15T18:00:00Z');
      expect(await playChance(app, user, 20, 'f')).toMatchObject({ kind: 'played', left: 20 });
    });

    it('refuses a stake beyond the balance and an unknown stake, moving nothing', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++);
      await grant(user, 10, `grant:${user}`);
      expect(await playChance(app, user, 20, 'x')).toMatchObject({
        kind: 'refused',
        reason: 'short',
        balance: 10,
      });
      expect(await playChance(app, user, 7, 'y')).toMatchObject({ kind: 'refused', reason: 'unknown_stake' });
      expect(await entries(user)).toEqual([[`grant:${user}`, 10, 0]]);
    });

    it('leaves the balance as it was when the dice fail after the stake, and the play can be made again', async () => {
      app.clock.set(EVENING);
      const user = await addUser(app, nextId++);
      await grant(user, 50, `grant:${user}`);
      app.random = () => {
        throw new Error('the dice fell off the table');
      };
      await expect(playChance(app, user, 20, 'tap')).rejects.toThrow('dice');
      expect(await balance(user)).toBe(50);
      expect(await entries(user)).toEqual([[`grant:${user}`, 50, 0]]);
      app.random = () => 0.2;
      expect(await playChance(app, user, 20, 'tap')).toMatchObject({ kind: 'played', won: 40, balance: 70 });
    });
  });

  describe('weekly standing', () => {
    it('ranks this week activity only, hides the names of who asked, and forgets last week', async () => {
      // Thursday 22 January: a fresh week with nobody in it yet.
      app.clock.set('2026-01-22T03:00:00Z');
      const [ana, bea, cai, dan] = [nextId++, nextId++, nextId++, nextId++];
      for (const id of [ana, bea, cai, dan]) await addUser(app, id);
      await app.db
        .updateTable('users')
        .set({ vip_until: new Date('2027-01-01') })
        .where('id', '=', cai)
        .execute();
      await changeStandingHidden(app, bea, true);
      // A reward is not activity: Dan's mission counts nothing.
      await grant(dan, 500, `grant:${dan}`);
      await visitNight(app, ana);
      await visitNight(app, bea);
      // Cai is VIP: paid 15, of which 10 is activity.
      await visitNight(app, cai);
      await awaitRiddleAnswer(app, ana, true);
      await answerRiddle(app, ana, riddleOfDay(app, '2026-01-21').answers.es![0]!, 1);

      const standing = await weeklyStanding(app, dan);
      expect(standing.top.map((r) => [r.name, r.rank, r.activity])).toEqual([
        [`U${ana}`, 1, 25],
        [null, 2, 10],
        [`U${cai}`, 2, 10],
      ]);
      expect(standing.own).toBeUndefined();
      expect((await weeklyStanding(app, cai)).own).toMatchObject({ rank: 2, activity: 10 });

      // Monday 26 January (Mexico City): a new week starts empty.
      app.clock.set('2026-01-26T07:00:00Z');
      expect((await weeklyStanding(app, ana)).top).toEqual([]);
    });
  });
});
