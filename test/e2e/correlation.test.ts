// One correlation id from an update to everything it causes: /start writes UserRegistered under the update's
// id, and the achievement the dispatcher unlocks for it carries the same id; a Stars payment writes
// PaymentReceived and schedules the grant job under the payment update's id, the job's VipGranted and the
// achievement that follows carry it on, and the log lines written meanwhile name it (`cid`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAID_VIP_JOB } from '../../src/app/vip/payments.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import { capturedLogs } from '../support/logs.ts';

describe.each(DATABASE_KINDS)('correlation ids (%s database)', (kind) => {
  let t: TestDiana;
  const logs = capturedLogs('debug');
  const clock = new ManualClock('2026-04-01T18:00:00Z');
  beforeAll(async () => {
    t = await startTestDiana({ kind, clock, log: logs.log });
  });
  afterAll(() => t?.stop());

  const events = (userId: number) =>
    t.diana.app.db
      .selectFrom('events')
      .select(['type', 'correlation_id', 'payload'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
  const idOf = async (
    userId: number,
    type: string,
    filter: (p: Record<string, unknown>) => boolean = () => true,
  ) => (await events(userId)).find((e) => e.type === type && filter(e.payload))?.correlation_id;

  it('carries the update id from /start to the events it causes, through the dispatcher', async () => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await t.settle();
    const registered = await idOf(ana.id, 'UserRegistered');
    expect(registered).toMatch(/^u\d+$/);
    expect(await idOf(ana.id, 'BesitosAwarded')).toBe(registered);
    expect(await idOf(ana.id, 'AchievementUnlocked', (p) => p.achievementId === 'first_steps')).toBe(
      registered,
    );
    expect((await events(ana.id)).every((e) => e.correlation_id !== null)).toBe(true);
  });

  it('carries a payment update id to its job, the job’s events and their consequences, and the log lines', async () => {
    const bea = t.client({ id: uniqueUserId() });
    await bea.send('/start');
    await bea.send('/diana');
    const screen = await bea.press('VIP');
    const invoiceSent = bea.nextBotMessage();
    await bea.press('VIP · 30 noches', screen.message);
    const invoice = await invoiceSent;
    const registered = await idOf(bea.id, 'UserRegistered');
    expect((await t.emulator.payments.pay(bea.id, invoice.message_id)).ok).toBe(true);
    await t.settle();

    const paid = await idOf(bea.id, 'PaymentReceived');
    expect(paid).toMatch(/^u\d+$/);
    expect(paid).not.toBe(registered);
    const jobs = await t.diana.app.db
      .selectFrom('jobs')
      .select(['kind', 'status'])
      .where('correlation_id', '=', paid!)
      .execute();
    expect(jobs.map((j) => j.kind)).toContain(PAID_VIP_JOB);
    expect(await idOf(bea.id, 'VipGranted')).toBe(paid);
    expect(await idOf(bea.id, 'AchievementUnlocked', (p) => p.achievementId === 'vip_access')).toBe(paid);

    const lines = logs.lines.filter((l) => l.cid === paid);
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'update handled', update_id: Number(paid!.slice(1)) }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'job done', job_kind: 'vip-entry' }));
    expect(logs.lines).toContainEqual(expect.objectContaining({ msg: 'update handled', cid: registered }));

    // Weeks later the reminder job scheduled by the grant runs: what it writes still carries the payment's id.
    clock.advance(27.5 * 24 * 3600_000);
    await t.settle();
    expect(await idOf(bea.id, 'VipReminderSent')).toBe(paid);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ msg: 'job done', job_kind: 'vip-remind', cid: paid }),
    );
  });
});
