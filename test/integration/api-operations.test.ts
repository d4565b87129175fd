// The rest of the admin API on both databases, each through the use-cases /admin uses: VIP granted (once per
// Idempotency-Key), extended, listed (all, or those expiring soon) and revoked; tokens made, listed, revoked; a payment refunded once; the audit log
// filtered; dead jobs listed and sent back; the overview's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { scheduleJob } from '../../src/adapters/db/repositories/jobs.ts';
import { insertPayment } from '../../src/adapters/db/repositories/star-payments.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import type { TelegramRefund } from '../../src/app/vip/payments.ts';
import { startApi } from '../support/api.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser } from '../support/economy.ts';

describe.each(DATABASE_KINDS)('admin API: VIP, tokens, payments, audit, jobs, overview (%s)', (kind) => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;
  const refunds: string[] = [];

  beforeAll(async () => {
    database = await freshDatabase(kind);
    api = await startApi(database, {
      deps: {
        refund: async (_userId: number, chargeId: string): Promise<TelegramRefund> => {
          refunds.push(chargeId);
          return 'refunded';
        },
      },
    });
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  it('grants VIP once per Idempotency-Key, extends it, lists it and revokes it', async () => {
    const user = await addUser(api.app, 7001);
    const grant = (key: string, days: number) =>
      api.call('POST', `/users/${user}/vip`, 'operator', {
        payload: { days, reason: 'sorteo de mayo' },
        headers: { 'idempotency-key': key },
      });
    const first = await grant('vip-1', 30);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      userId: user,
      days: 30,
      vipUntilBefore: null,
      vipUntil: expect.any(String),
    });
    const again = await grant('vip-1', 30);
    expect(again.json()).toEqual(first.json());
    const until = new Date(first.json().vipUntil).getTime();
    expect((await findUser(api.app.db, user))?.vipUntil?.getTime()).toBe(until);
    const extended = await grant('vip-2', 10);
    expect(new Date(extended.json().vipUntil).getTime()).toBe(until + 10 * 86_400_000);
    const roster = (await api.call('GET', '/vip', 'viewer')).json();
    expect(roster).toMatchObject({ count: 1, items: [{ id: user }] });
    const revoked = await api.call('DELETE', `/users/${user}/vip`, 'operator');
    expect(revoked.statusCode).toBe(200);
    expect((await api.call('DELETE', `/users/${user}/vip`, 'operator')).statusCode).toBe(409);
    expect((await api.call('GET', '/vip', 'viewer')).json().count).toBe(0);
  });

  it('makes, lists and revokes VIP tokens', async () => {
    const made = await api.call('POST', '/vip/tokens', 'operator', { payload: { planId: 'vip_mensual' } });
    expect(made.statusCode).toBe(201);
    const { token } = made.json();
    expect(made.json()).toMatchObject({ planId: 'vip_mensual', state: 'unused' });
    expect(
      (await api.call('POST', '/vip/tokens', 'operator', { payload: { planId: 'nope' } })).statusCode,
    ).toBe(422);
    expect((await api.call('GET', '/vip/tokens', 'viewer')).json().items).toContainEqual(
      expect.objectContaining({ token }),
    );
    expect((await api.call('DELETE', `/vip/tokens/${token}`, 'operator')).statusCode).toBe(200);
    expect((await api.call('DELETE', `/vip/tokens/${token}`, 'operator')).statusCode).toBe(409);
    const listed = (await api.call('GET', '/vip/tokens', 'viewer'))
      .json()
      .items.find((t: { token: string }) => t.token === token);
    expect(listed.state).toBe('revoked');
  });

  it('refunds a payment once, through Telegram first', async () => {
    const user = await addUser(api.app, 7002);
    await insertPayment(api.app.db, {
      chargeId: 'charge-api-1',
      userId: user,
      planId: 'vip_mensual',
      amount: 250,
      providerChargeId: null,
      at: api.app.clock.now(),
    });
    const list = (await api.call('GET', '/payments', 'viewer')).json();
    const payment = list.items.find((p: { chargeId: string }) => p.chargeId === 'charge-api-1');
    expect(payment).toMatchObject({ userId: user, stars: 250, refundedAt: null });
    const refunded = await api.call('POST', `/payments/${payment.id}/refund`, 'operator');
    expect(refunded.statusCode).toBe(200);
    expect(refunded.json().payment.refundedAt).not.toBeNull();
    expect((await api.call('POST', `/payments/${payment.id}/refund`, 'operator')).statusCode).toBe(409);
    expect(refunds).toEqual(['charge-api-1']);
    expect((await api.call('POST', '/payments/99999/refund', 'operator')).statusCode).toBe(404);
  });

  it('filters the audit log by actor, action, target and time, a page at a time', async () => {
    const all = (await api.call('GET', '/audit?limit=100', 'viewer')).json();
    expect(all.items.length).toBeGreaterThan(3);
    const grants = (await api.call('GET', '/audit?action=vip-grant', 'viewer')).json();
    expect(grants.items.map((e: { action: string }) => e.action)).toEqual(['vip-grant', 'vip-grant']);
    expect(grants.items[0]).toMatchObject({
      actor: expect.stringMatching(/^key:\d+ operator-key$/),
      actorRole: 'operator',
      requestId: expect.any(String),
      targetUserId: 7001,
    });
    const byTarget = (await api.call('GET', '/audit?target=7002', 'viewer')).json();
    expect(byTarget.items.map((e: { action: string }) => e.action)).toEqual(['refund']);
    const page1 = (await api.call('GET', '/audit?limit=2', 'viewer')).json();
    const page2 = (await api.call('GET', `/audit?limit=2&cursor=${page1.next}`, 'viewer')).json();
    expect(page2.items[0].id).toBeLessThan(page1.items[1].id);
    const operatorKeyId = all.items
      .find((e: { actorRole: string }) => e.actorRole === 'operator')
      .actor.split(' ')[0];
    const byActor = (
      await api.call('GET', `/audit?actor=${encodeURIComponent(`${operatorKeyId} `)}&limit=100`, 'viewer')
    ).json();
    expect(byActor.items.every((e: { actorRole: string }) => e.actorRole === 'operator')).toBe(true);
    const future = (await api.call('GET', '/audit?from=2999-01-01T00:00:00Z', 'viewer')).json();
    expect(future.items).toEqual([]);
  });

  it('lists dead jobs and sends one back to run (developer), audited', async () => {
    await scheduleJob(api.app.db, { kind: 'vip-expire', key: 'api-test-job', runAt: api.app.clock.now() });
    await api.app.db
      .updateTable('jobs')
      .set({ status: 'dead', last_error: 'boom', attempts: 8 })
      .where('key', '=', 'api-test-job')
      .execute();
    const dead = (await api.call('GET', '/jobs?status=dead', 'developer')).json();
    expect(dead.items).toEqual([
      expect.objectContaining({ key: 'api-test-job', status: 'dead', lastError: 'boom' }),
    ]);
    const id = dead.items[0].id;
    expect((await api.call('POST', `/jobs/${id}/retry`, 'developer')).json()).toEqual({ retried: true });
    expect((await api.call('POST', `/jobs/${id}/retry`, 'developer')).statusCode).toBe(409);
    expect((await api.call('GET', '/jobs?status=pending', 'developer')).json().items).toContainEqual(
      expect.objectContaining({ id, attempts: 0 }),
    );
    const report = await api.call('GET', '/dead-letters', 'developer');
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({ events: { dead: 0 }, deadEvents: [] });
    expect((await api.call('GET', `/audit?action=job-retry`, 'viewer')).json().items).toEqual([
      expect.objectContaining({ ref: `job:${id}`, actorRole: 'developer' }),
    ]);
  });

  it('gives the overview: people, activity, besitos, VIP, Stars, per day', async () => {
    await api.call('POST', '/users/7001/besitos', 'operator', {
      payload: { amount: 40, reason: 'para el resumen' },
      headers: { 'idempotency-key': 'ov-1' },
    });
    const res = await api.call('GET', '/stats/overview?days=7', 'viewer');
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o).toMatchObject({ people: 2, vipActive: 0, starsRevenue: 0, besitosIssued: 40, besitosSpent: 0 });
    expect(o.perDay).toHaveLength(7);
    expect(o.perDay.at(-1)).toMatchObject({ issued: 40 });
  });

  // Last: the people it adds would change the counts of the tests above.
  it('lists the VIP expiring soon: those whose VIP ends within the days asked', async () => {
    const soon = await addUser(api.app, 7002);
    const later = await addUser(api.app, 7003);
    for (const [user, days] of [
      [soon, 5],
      [later, 30],
    ] as const) {
      const granted = await api.call('POST', `/users/${user}/vip`, 'operator', {
        payload: { days, reason: 'sorteo de junio' },
        headers: { 'idempotency-key': `vip-soon-${user}` },
      });
      expect(granted.statusCode).toBe(200);
    }
    const expiring = (await api.call('GET', '/vip?expiringWithinDays=7', 'viewer')).json();
    expect(expiring).toMatchObject({ count: 1, items: [{ id: soon }] });
    expect(expiring.items).toHaveLength(1);
    expect((await api.call('GET', '/vip?expiringWithinDays=30', 'viewer')).json().count).toBe(2);
    expect((await api.call('GET', '/vip', 'viewer')).json().count).toBe(2);
    expect((await api.call('GET', '/vip?expiringWithinDays=0', 'viewer')).statusCode).toBe(400);
    for (const user of [soon, later])
      expect((await api.call('DELETE', `/users/${user}/vip`, 'operator')).statusCode).toBe(200);
  });
});
