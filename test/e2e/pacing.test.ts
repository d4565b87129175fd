// Progress that means something, as a newcomer lives it in Telegram: reading the whole free story on the first
// day completes at most 2 missions and unlocks at most 3 achievements, and redeeming a VIP token sets off no
// cascade (rewards count towards no goal and raise no level).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { createToken } from '../../src/app/vip/tokens.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

describe.each(DATABASE_KINDS)('pacing of a newcomer’s first day (%s database)', (kind) => {
  let t: TestDiana;
  // Monday 2026-11-23, 12:00 in Mexico City (the default zone).
  const clock = new ManualClock('2026-11-23T18:00:00Z');
  beforeAll(async () => {
    t = await startTestDiana({ kind, clock });
  });
  afterAll(() => t?.stop());

  const rewardsOf = async (id: number) =>
    t.diana.app.db
      .selectFrom('transactions')
      .select(['reason', 'ref'])
      .where('user_id', '=', id)
      .where('reason', 'in', ['mission', 'achievement'])
      .orderBy('id')
      .execute();
  const levelsOf = async (id: number) =>
    t.diana.app.db
      .selectFrom('events')
      .select('payload')
      .where('user_id', '=', id)
      .where('type', '=', 'LevelReached')
      .execute();

  it('reading the whole free story on day 1 completes at most 2 missions and 3 achievements', async () => {
    const ana = t.client({ id: uniqueUserId(), language_code: 'es' });
    await ana.send('/start');
    let screen = (await ana.press('Continuar Historia', await ana.send('/diana'))).message!;
    const isChoice = (label: string) => label !== '⬅️ Volver' && !/^(🔒|↺|📖)/u.test(label);
    let taps = 0;
    // The first open choice each time, to an ending.
    while (taps < 40) {
      const next = ana.buttons(screen).find(isChoice);
      if (!next) break;
      screen = (await ana.press(next, screen)).message!;
      taps++;
    }
    expect(screen.text).toContain('Aquí termina este camino');
    expect(taps).toBeGreaterThanOrEqual(10);
    await t.settle();
    await t.settle();

    const rewards = await rewardsOf(ana.id);
    const missions = rewards.filter((r) => r.reason === 'mission').map((r) => r.ref);
    const achievements = rewards.filter((r) => r.reason === 'achievement').map((r) => r.ref);
    expect(missions.length).toBeLessThanOrEqual(2);
    expect(achievements.length).toBeLessThanOrEqual(3);
    expect(missions).toEqual(expect.arrayContaining(['primera_conversacion', 'exploradora_curiosa']));
    expect(achievements).toEqual(expect.arrayContaining(['first_steps', 'decision_maker']));
    // The level follows what was read and chosen alone: the rewards above (and the welcome gift) raise none.
    const user = await findUser(t.diana.app.db, ana.id);
    expect(user!.activityEarned).toBeLessThan(user!.totalEarned);
    expect((await levelsOf(ana.id)).map((e) => (e.payload as { level: number }).level)).toEqual([2]);

    const logros = (await ana.press('Logros', await ana.send('/diana'))).message;
    expect(logros?.text).toContain(`🏆 Logros · ${achievements.length}/15`);
  });

  it('a visitor who only redeems a VIP token gets the VIP achievement and nothing it could set off', async () => {
    const created = await createToken(t.diana.app, 1, 'vip_mensual');
    if (!created.ok) throw new Error('the launch pack has a vip_mensual plan');
    const sara = t.client({ id: uniqueUserId(), language_code: 'es' });
    const greeted = sara.nextBotMessage();
    t.emulator.sendText(sara.id, `/start vip_${created.token.token}`);
    await greeted;
    // The welcome may come before the token is redeemed: wait for the VIP time, then for what it sets off.
    await expect
      .poll(async () => (await findUser(t.diana.app.db, sara.id))?.vipUntil ?? null, { timeout: 15_000 })
      .not.toBeNull();
    await t.settle();
    await t.settle();
    const user = await findUser(t.diana.app.db, sara.id);
    const rewards = await rewardsOf(sara.id);
    // Registration's First Steps and the VIP achievement: no mission, no chain, no level.
    expect(rewards.map((r) => r.ref).sort()).toEqual(['first_steps', 'vip_access']);
    expect(user!.activityEarned).toBe(0);
    expect(await levelsOf(sara.id)).toEqual([]);
  });
});
