// Admin adjustments on both databases: grants and revokes are ledger entries with an audit row (before and
// after), a revoke never goes below zero, a request adjusts once, an undo compensates once; and the stats.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { adjustBalance, auditTrail, lookupUser, undoAdjustment } from '../../src/app/economy/admin.ts';
import { purchaseItem } from '../../src/app/economy/shop.ts';
import { economyStats } from '../../src/app/economy/stats.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import type { AppContext } from '../../src/app/services.ts';
import { adminGrantVip } from '../../src/app/vip/admin.ts';
import type { UserQuery } from '../../src/domain/admin-input.ts';
import type { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp } from '../support/economy.ts';

const ADMIN = 999;

describe.each(DATABASE_KINDS)('admin adjustments (%s)', (kind) => {
  let database: Database;
  let app: AppContext & { clock: ManualClock };
  let nextId = 1;
  let nextMessage = 1;
  const adjust = (userId: number, amount: number, reason = 'test adjustment') =>
    adjustBalance(app, { adminId: ADMIN, userId, amount, reason, key: `admin:${ADMIN}:${nextMessage++}` });
  const auditOf = async (userId: number) =>
    app.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after', 'reason', 'admin_id'])
      .where('target_user_id', '=', userId)
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    database = await freshDatabase(kind);
    app = economyApp(database, { adminIds: [ADMIN] });
  });
  afterAll(() => database?.close());

  it('grants and revokes with a reason, audited with the state before and after', async () => {
    const user = await addUser(app, nextId++);
    expect(await adjust(user, 50, 'compensación')).toMatchObject({
      ok: true,
      amount: 50,
      before: { balance: 0, totalEarned: 0 },
      after: { balance: 50, totalEarned: 50 },
    });
    expect(await adjust(user, -20, 'abono duplicado')).toMatchObject({
      ok: true,
      amount: -20,
      after: { balance: 30, totalEarned: 50 },
    });
    expect(await auditOf(user)).toEqual([
      {
        action: 'grant',
        admin_id: ADMIN,
        reason: 'compensación',
        before: { balance: 0, totalEarned: 0 },
        after: { balance: 50, totalEarned: 50 },
      },
      {
        action: 'revoke',
        admin_id: ADMIN,
        reason: 'abono duplicado',
        before: { balance: 50, totalEarned: 50 },
        after: { balance: 30, totalEarned: 50 },
      },
    ]);
    const reasons = await app.db
      .selectFrom('transactions')
      .select(['amount', 'reason'])
      .where('user_id', '=', user)
      .orderBy('id')
      .execute();
    expect(reasons).toEqual([
      { amount: 50, reason: 'admin_grant' },
      { amount: -20, reason: 'admin_revoke' },
    ]);
  });

  it('refuses a revoke below zero, says how much there is, audits the refusal and changes nothing', async () => {
    const user = await addUser(app, nextId++);
    await adjust(user, 10);
    expect(await adjust(user, -11)).toEqual({
      ok: false,
      userId: user,
      reason: 'below_zero',
      amount: 11,
      balance: 10,
    });
    expect((await findUser(app.db, user))?.balance).toBe(10);
    expect((await auditOf(user)).map((a) => a.action)).toEqual(['grant', 'revoke-refused']);
  });

  it('adjusts once per request, even when the request arrives twice at once', async () => {
    const user = await addUser(app, nextId++);
    const request = { adminId: ADMIN, userId: user, amount: 25, reason: 'twice', key: `admin:${ADMIN}:dup` };
    const results = await Promise.all([adjustBalance(app, request), adjustBalance(app, request)]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: 'repeated' });
    expect((await findUser(app.db, user))?.balance).toBe(25);
  });

  it('undoes an adjustment with a compensating entry, once', async () => {
    const user = await addUser(app, nextId++);
    const granted = await adjust(user, 40, 'by mistake');
    if (!granted.ok) throw new Error('grant failed');
    const undos = await Promise.all([
      undoAdjustment(app, ADMIN, granted.auditId),
      undoAdjustment(app, ADMIN, granted.auditId),
    ]);
    expect(undos.filter((u) => u.ok)).toEqual([
      expect.objectContaining({ amount: -40, after: { balance: 0, totalEarned: 40 } }),
    ]);
    expect(undos.find((u) => !u.ok)).toMatchObject({ reason: 'repeated' });
    const undo = undos.find((u) => u.ok);
    if (!undo?.ok) throw new Error('undo failed');
    expect(await undoAdjustment(app, ADMIN, undo.auditId)).toMatchObject({
      ok: false,
      reason: 'not_undoable',
    });
    expect(await undoAdjustment(app, ADMIN, 987654)).toEqual({
      ok: false,
      userId: null,
      reason: 'not_undoable',
    });
    // The ledger keeps all three entries: nothing was deleted.
    const entries = await app.db
      .selectFrom('transactions')
      .select('amount')
      .where('user_id', '=', user)
      .execute();
    expect(entries.map((e) => e.amount).sort()).toEqual([-40, 40]);
  });

  it('cannot undo a grant whose besitos were spent: the balance never goes below zero', async () => {
    const user = await addUser(app, nextId++);
    const granted = await adjust(user, 40);
    await purchaseItem(app, user, 'carta_perfumada', 0);
    if (!granted.ok) throw new Error('grant failed');
    expect(await undoAdjustment(app, ADMIN, granted.auditId)).toMatchObject({
      ok: false,
      reason: 'below_zero',
    });
  });

  it('refuses adjustments of unknown users', async () => {
    expect(await adjust(123456789, 5)).toEqual({ ok: false, userId: null, reason: 'unknown_user' });
  });

  it('refuses to guess between two people stored with one @username', async () => {
    await addUser(app, nextId++, { username: 'twice_named' });
    await addUser(app, nextId++, { username: 'Twice_Named' });
    expect(await lookupUser(app, ADMIN, { username: 'twice_named' })).toBe('ambiguous');
    expect(
      await adminGrantVip(app, {
        adminId: ADMIN,
        user: { username: 'twice_named' },
        days: 3,
        reason: 'x',
        key: 'amb:1',
      }),
    ).toEqual({
      ok: false,
      reason: 'ambiguous_user',
    });
  });

  it('looks users up by id or @username and audits the lookup', async () => {
    const user = await addUser(app, nextId++, { username: 'Lookup_Me' });
    const found = async (query: UserQuery) => {
      const card = await lookupUser(app, ADMIN, query);
      return typeof card === 'string' ? card : card.player.user.id;
    };
    expect(await found({ id: user })).toBe(user);
    expect(await found({ username: 'lookup_me' })).toBe(user);
    expect(await found({ username: 'nobody_here' })).toBe('unknown');
    expect((await auditOf(user)).map((a) => a.action)).toEqual(['lookup', 'lookup']);
    expect((await auditTrail(app, 1))[0]).toMatchObject({
      action: 'lookup',
      adminId: ADMIN,
      targetUserId: user,
    });
  });

  it('keeps the audit log append-only', async () => {
    await expect(sql`UPDATE audit_log SET reason = 'rewritten'`.execute(app.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(app.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(app.db)).rejects.toThrow(/append-only/);
  });

  it('reports issued, spent and revoked besitos, the top earners and the daily volume', async () => {
    const stats = await economyStats(app);
    const ledger = await app.db.selectFrom('transactions').select(['amount', 'reason']).execute();
    const sum = (f: (a: { amount: number; reason: string }) => boolean) =>
      ledger.filter(f).reduce((s, t) => s + Math.abs(t.amount), 0);
    expect(stats.totals).toMatchObject({
      issued: sum((t) => t.amount > 0),
      spent: sum((t) => t.amount < 0 && t.reason !== 'admin_revoke'),
      revoked: sum((t) => t.amount < 0 && t.reason === 'admin_revoke'),
    });
    expect(stats.totals.circulating).toBe(stats.totals.issued - stats.totals.spent - stats.totals.revoked);
    expect(stats.top[0]?.totalEarned).toBeGreaterThanOrEqual(stats.top.at(-1)?.totalEarned ?? 0);
    expect(stats.volume).toHaveLength(7);
    expect(stats.volume[0]).toMatchObject({ day: '2026-01-15', movements: ledger.length });
    expect((await reconcile(app.db)).problems).toEqual([]);
  });
});
