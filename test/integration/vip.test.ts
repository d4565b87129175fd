// VIP use-cases on both databases: grants once per cause, extensions that add days and move their jobs, tokens
// redeemed once under concurrency, Stars payments once per charge, refunds, and the lifecycle jobs (one
// invitation per grant, reminders and the end, each acting once however often it runs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { setMembership } from '../../src/adapters/db/repositories/channels.ts';
import { transact } from '../../src/adapters/db/repositories/events.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { JobRunner } from '../../src/app/jobs/runner.ts';
import { adminRevokeVip } from '../../src/app/vip/admin.ts';
import { grantVip, revokeVipTime, VIP_JOBS } from '../../src/app/vip/grants.ts';
import { vipEntryJob, vipExpiryJob, vipReminderJob } from '../../src/app/vip/lifecycle.ts';
import { checkPreCheckout, recordStarPayment, refundStarPayment } from '../../src/app/vip/payments.ts';
import { createToken, redeemToken, revokeToken } from '../../src/app/vip/tokens.ts';
import { DAY_MS } from '../../src/domain/vip.ts';
import { TEST_CHANNELS } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp, eventPayloads } from '../support/economy.ts';
import { FakeGateway } from '../support/fake-gateway.ts';

const VIP = TEST_CHANNELS.vip!;
const ADMIN = 77;

describe.each(DATABASE_KINDS)('VIP (%s)', (kind) => {
  let database: Database;
  let app: ReturnType<typeof economyApp>;
  let telegram: FakeGateway;
  let jobs: JobRunner;
  let nextId = 2000;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database);
    telegram = new FakeGateway();
    jobs = new JobRunner(app, {
      [VIP_JOBS.entry]: vipEntryJob(app, telegram),
      [VIP_JOBS.reminder]: vipReminderJob(app, telegram),
      [VIP_JOBS.expiry]: vipExpiryJob(app, telegram),
    });
  });
  afterAll(() => database?.close());

  const newUser = () => addUser(app, nextId++);
  const until = async (id: number) => (await findUser(app.db, id))?.vipUntil;
  const grant = (userId: number, days: number, ref: string) =>
    transact(app.db, (tx) => grantVip(tx, app, { userId, planId: null, days, source: 'admin', ref }));
  const userJobs = (userId: number) =>
    app.db
      .selectFrom('jobs')
      .select(['kind', 'run_at'])
      .where('status', '=', 'pending')
      .where('payload', '@>', JSON.stringify({ userId }) as never)
      .orderBy('run_at')
      .execute();

  it('grants once per cause, adds days to an active VIP and moves its jobs', async () => {
    const ana = await newUser();
    const now = app.clock.now().getTime();
    expect((await grant(ana, 10, 'admin:1:1')).granted).toBe(true);
    expect((await grant(ana, 10, 'admin:1:1')).granted).toBe(false);
    expect((await until(ana))?.getTime()).toBe(now + 10 * DAY_MS);
    await grant(ana, 5, 'admin:1:2');
    const end = now + 15 * DAY_MS;
    expect((await until(ana))?.getTime()).toBe(end);
    expect((await userJobs(ana)).map((j) => [j.kind, j.run_at.getTime()])).toEqual([
      ['vip-remind', end - 3 * DAY_MS],
      ['vip-remind', end - DAY_MS],
      ['vip-expire', end],
    ]);
    expect(await eventPayloads(app, ana, 'VipGranted')).toHaveLength(2);
  });

  it('redeems a token once when two people race for it, and refuses used, revoked and expired ones', async () => {
    const created = await createToken(app, ADMIN, 'vip_mensual');
    if (!created.ok) throw new Error('no token');
    const [ana, bob] = [await newUser(), await newUser()];
    const results = await Promise.all([
      redeemToken(app, ana, created.token.token),
      redeemToken(app, bob, created.token.token),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(['used']);

    const revoked = await createToken(app, ADMIN, 'vip_mensual');
    const expiring = await createToken(app, ADMIN, 'vip_trimestral');
    if (!revoked.ok || !expiring.ok) throw new Error('no token');
    expect(await revokeToken(app, ADMIN, revoked.token.token)).toBe(true);
    expect(await revokeToken(app, ADMIN, revoked.token.token)).toBe(false);
    expect(await redeemToken(app, ana, revoked.token.token)).toEqual({ ok: false, reason: 'revoked' });
    expect(await redeemToken(app, ana, 'nope')).toEqual({ ok: false, reason: 'unknown' });
    app.clock.advance(app.pack.vip.token_valid_days * DAY_MS);
    expect(await redeemToken(app, ana, expiring.token.token)).toEqual({ ok: false, reason: 'expired' });
    app.clock.advance(-app.pack.vip.token_valid_days * DAY_MS);
    const audit = await app.db
      .selectFrom('audit_log')
      .select('action')
      .where('admin_id', '=', ADMIN)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'vip-token',
      'vip-token',
      'vip-token',
      'vip-token-revoke',
    ]);
  });

  it('checks the pre-checkout against the plans on sale', () => {
    expect(
      checkPreCheckout(app, { payload: 'vip:vip_mensual', currency: 'XTR', total: 250 }),
    ).toBeUndefined();
    expect(checkPreCheckout(app, { payload: 'vip:vip_mensual', currency: 'XTR', total: 100 })).toBe(
      'wrong_price',
    );
    expect(checkPreCheckout(app, { payload: 'vip:vip_mensual', currency: 'USD', total: 250 })).toBe(
      'wrong_currency',
    );
    expect(checkPreCheckout(app, { payload: 'vip:nope', currency: 'XTR', total: 250 })).toBe('unknown_plan');
    expect(checkPreCheckout(app, { payload: 'garbage', currency: 'XTR', total: 250 })).toBe('unknown_plan');
  });

  it('records a Stars payment once per charge, even delivered concurrently, and refunds it once', async () => {
    const ana = await newUser();
    const payment = {
      userId: ana,
      chargeId: `ch-${ana}`,
      providerChargeId: null,
      payload: 'vip:vip_mensual',
      currency: 'XTR',
      total: 250,
    };
    const outcomes = await Promise.all([recordStarPayment(app, payment), recordStarPayment(app, payment)]);
    expect(outcomes.filter((o) => o.ok && o.fresh)).toHaveLength(1);
    const end = app.clock.now().getTime() + 30 * DAY_MS;
    expect((await until(ana))?.getTime()).toBe(end);
    expect(await eventPayloads(app, ana, 'PaymentReceived')).toHaveLength(1);

    let telegramCalls = 0;
    const refund = async () => {
      telegramCalls++;
      return 'refunded' as const;
    };
    const refunded = await refundStarPayment(app, ADMIN, payment.chargeId, refund);
    expect(refunded).toMatchObject({ ok: true, vipUntil: app.clock.now() });
    expect(await refundStarPayment(app, ADMIN, payment.chargeId, refund)).toEqual({
      ok: false,
      reason: 'already_refunded',
    });
    expect(await refundStarPayment(app, ADMIN, 'unknown', refund)).toEqual({ ok: false, reason: 'unknown' });
    expect(telegramCalls).toBe(1);
    expect(await eventPayloads(app, ana, 'PaymentRefunded')).toHaveLength(1);
    expect(await eventPayloads(app, ana, 'VipRevoked')).toEqual([
      { until: app.clock.now().toISOString(), reason: 'refund' },
    ]);
  });

  it('makes one invitation per grant, sent once, and none for someone already in the channel', async () => {
    await jobs.drain(); // the invitations of earlier tests' grants
    const ana = await newUser();
    const inside = await newUser();
    await setMembership(app.db, { chatId: VIP, userId: inside, isMember: true, at: app.clock.now() });
    await grant(ana, 30, `entry:${ana}`);
    await grant(inside, 30, `entry:${inside}`);
    const links = telegram.count('createInviteLink');
    await jobs.drain();
    expect(telegram.count('createInviteLink')).toBe(links + 1);
    const [invite] = telegram.sent(ana);
    expect(invite?.buttons?.[0]?.[0]).toMatchObject({
      url: expect.stringMatching(/^https:\/\/t\.me\/\+fake/),
    });
    expect(telegram.sent(inside)).toEqual([]);
    // The job runs again (its completion lost): no second link, no second message.
    await app.db
      .updateTable('jobs')
      .set({ status: 'pending', run_at: app.clock.now() })
      .where('kind', '=', VIP_JOBS.entry)
      .execute();
    await jobs.drain();
    expect(telegram.count('createInviteLink')).toBe(links + 1);
    expect(telegram.sent(ana)).toHaveLength(1);
    // A second grant while the first invitation is unused makes none either.
    await grant(ana, 5, `entry:${ana}:2`);
    await jobs.drain();
    expect(telegram.count('createInviteLink')).toBe(links + 1);
  });

  it('reminds before the end and ends the VIP once, revoking unused invitations', async () => {
    const ana = await newUser();
    await grant(ana, 4, `life:${ana}`);
    await jobs.drain();
    const end = (await until(ana))!;
    app.clock.set(new Date(end.getTime() - 3 * DAY_MS));
    await jobs.drain();
    app.clock.set(new Date(end.getTime() - DAY_MS));
    await jobs.drain();
    expect(
      telegram
        .sent(ana)
        .slice(1)
        .map((m) => m.text),
    ).toEqual([expect.stringContaining('quedan 3 días'), expect.stringContaining('queda 1 día')]);
    app.clock.set(new Date(end.getTime() + 1));
    await jobs.drain();
    expect(telegram.calls.filter((c) => c.method === 'removeMember' && c.args[1] === ana)).toHaveLength(1);
    expect(telegram.calls.filter((c) => c.method === 'revokeInviteLink')).toHaveLength(1);
    expect(await eventPayloads(app, ana, 'VipExpired')).toEqual([{}]);
    await app.db
      .updateTable('jobs')
      .set({ status: 'pending', run_at: app.clock.now() })
      .where('kind', 'in', [VIP_JOBS.reminder, VIP_JOBS.expiry])
      .execute();
    await jobs.drain();
    expect(telegram.calls.filter((c) => c.method === 'removeMember' && c.args[1] === ana)).toHaveLength(1);
    expect(telegram.sent(ana)).toHaveLength(4);
    app.clock.set('2026-01-15T18:00:00Z');
  });

  it('keeps a renewal made while the VIP is being ended: no farewell, and an invitation back in', async () => {
    const ana = await newUser();
    await grant(ana, 2, `race:${ana}`);
    await jobs.drain();
    await setMembership(app.db, { chatId: VIP, userId: ana, isMember: true, at: app.clock.now() });
    const end = (await until(ana))!;
    app.clock.set(new Date(end.getTime() + 1));
    // While the end takes her out of the channel she renews, and the renewal's invitation job runs at once
    // (on another instance): she is still inside, so it makes none.
    const elsewhere = new JobRunner(app, { [VIP_JOBS.entry]: vipEntryJob(app, telegram) });
    telegram.meanwhile('removeMember', async () => {
      await grant(ana, 30, `race:${ana}:renewal`);
      await elsewhere.drain();
    });
    await jobs.drain();
    await jobs.drain();
    expect((await until(ana))!.getTime()).toBeGreaterThan(app.clock.now().getTime());
    expect(await eventPayloads(app, ana, 'VipExpired')).toEqual([]);
    const messages = telegram.sent(ana);
    expect(messages.some((m) => m.text.includes('despedida') || m.text.includes('terminado'))).toBe(false);
    const invite = messages.at(-1)?.buttons?.[0]?.[0];
    expect(invite).toMatchObject({ url: expect.stringMatching(/^https:\/\/t\.me\/\+fake/) });
    const open = await app.db
      .selectFrom('vip_invites')
      .select('invite_link')
      .where('user_id', '=', ana)
      .where('revoked_at', 'is', null)
      .execute();
    expect(open.map((i) => i.invite_link)).toEqual([(invite as { url: string }).url]);
    app.clock.set('2026-01-15T18:00:00Z');
  });

  it('revokes an invitation made while the VIP was being revoked, and sends none', async () => {
    await jobs.drain();
    const ana = await newUser();
    await grant(ana, 30, `revoking:${ana}`);
    // The admin ends the VIP while Telegram is making the invitation; its end runs at once elsewhere.
    const elsewhere = new JobRunner(app, { [VIP_JOBS.expiry]: vipExpiryJob(app, telegram) });
    telegram.meanwhile('createInviteLink', async () => {
      await adminRevokeVip(app, ADMIN, ana);
      await elsewhere.drain();
    });
    await jobs.drain();
    const invites = await app.db
      .selectFrom('vip_invites')
      .select(['invite_link', 'revoked_at'])
      .where('user_id', '=', ana)
      .execute();
    expect(invites).toHaveLength(1);
    expect(invites[0]?.revoked_at).not.toBeNull();
    expect(
      telegram.calls.some((c) => c.method === 'revokeInviteLink' && c.args[1] === invites[0]?.invite_link),
    ).toBe(true);
    expect(telegram.sent(ana).some((m) => m.buttons?.[0]?.[0] && 'url' in m.buttons[0][0])).toBe(false);
  });

  it('ends a revoked VIP now, and brings back the expiry of an end that moves away and back', async () => {
    const ana = await newUser();
    await grant(ana, 10, `revoke:${ana}`);
    const first = (await until(ana))!;
    const bought = await transact(app.db, (tx) =>
      grantVip(tx, app, {
        userId: ana,
        planId: 'vip_mensual',
        days: 30,
        source: 'stars',
        ref: `revoke:${ana}:stars`,
      }),
    );
    if (!bought.granted) throw new Error('not granted');
    // Taking the 30 days back returns to the first end: its expiry job, cancelled meanwhile, is pending again.
    await transact(app.db, (tx) =>
      revokeVipTime(tx, app, { userId: ana, grant: bought.grant, reason: 'refund' }),
    );
    expect((await until(ana))?.getTime()).toBe(first.getTime());
    expect(
      (await userJobs(ana)).filter((j) => j.kind === 'vip-expire').map((j) => j.run_at.getTime()),
    ).toEqual([first.getTime()]);

    const revoked = await adminRevokeVip(app, ADMIN, ana);
    expect(revoked).toMatchObject({ ok: true, after: app.clock.now() });
    expect(await adminRevokeVip(app, ADMIN, ana)).toEqual({ ok: false, reason: 'not_vip' });
    await jobs.drain();
    expect(await eventPayloads(app, ana, 'VipExpired')).toEqual([{}]);
  });
});
