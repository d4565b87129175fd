// What admins do with VIP by hand: list who is VIP, grant or extend days (with a reason), revoke. Each is one
// transaction with its audit_log row (VIP end before and after).
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import { findUser, type User } from '../../adapters/db/repositories/users.ts';
import { activeVipCount, activeVips } from '../../adapters/db/repositories/vip.ts';
import type { UserQuery } from '../../domain/admin-input.ts';
import { DAY_MS } from '../../domain/vip.ts';
import type { AppContext } from '../services.ts';
import { findByQuery } from '../users.ts';
import { grantVip, revokeVipTime } from './grants.ts';

/** Who is VIP now; with `endingWithinDays`, only those whose VIP ends within that many days. */
export async function vipRoster(app: AppContext, limit: number, endingWithinDays?: number) {
  const now = app.clock.now();
  const endsBy =
    endingWithinDays === undefined ? undefined : new Date(now.getTime() + endingWithinDays * DAY_MS);
  return {
    count: await activeVipCount(app.db, now, endsBy),
    vips: await activeVips(app.db, now, limit, endsBy),
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export type AdminVipResult =
  | { ok: true; user: User; before: Date | null; after: Date | null; auditId: number }
  | { ok: false; reason: 'unknown_user' | 'ambiguous_user' | 'repeated' | 'not_vip' };

/**
 * Grants `days` of VIP (extending an active VIP). `key` identifies the admin's request (their message), so a
 * repeated delivery grants once.
 */
export async function adminGrantVip(
  app: AppContext,
  r: { adminId: number; user: UserQuery; days: number; reason: string; key: string },
): Promise<AdminVipResult> {
  const target = await findByQuery(app, r.user);
  if (target === 'unknown') return { ok: false, reason: 'unknown_user' };
  if (target === 'ambiguous') return { ok: false, reason: 'ambiguous_user' };
  return transact(app.db, async (tx) => {
    const result = await grantVip(tx, app, {
      userId: target.id,
      planId: null,
      days: r.days,
      source: 'admin',
      ref: r.key,
    });
    if (!result.granted) return { ok: false, reason: 'repeated' };
    const after = result.grant.until;
    const auditId = await writeAudit(
      tx,
      {
        adminId: r.adminId,
        action: 'vip-grant',
        targetUserId: target.id,
        before: { vipUntil: iso(result.before) },
        after: { vipUntil: iso(after), days: r.days },
        reason: r.reason,
        ref: r.key,
      },
      app.clock.now(),
    );
    return { ok: true, user: target, before: result.before, after, auditId };
  });
}

/** Ends a user's VIP now (the expiry job takes them out of the VIP channel). */
export async function adminRevokeVip(
  app: AppContext,
  adminId: number,
  userId: number,
): Promise<AdminVipResult> {
  const target = await findUser(app.db, userId);
  if (!target) return { ok: false, reason: 'unknown_user' };
  return transact(app.db, async (tx) => {
    const { before, after } = await revokeVipTime(tx, app, { userId, reason: 'admin' });
    if (before?.getTime() === after?.getTime()) return { ok: false, reason: 'not_vip' };
    const auditId = await writeAudit(
      tx,
      {
        adminId,
        action: 'vip-revoke',
        targetUserId: userId,
        before: { vipUntil: iso(before) },
        after: { vipUntil: iso(after) },
        reason: null,
        ref: null,
      },
      app.clock.now(),
    );
    return { ok: true, user: target, before, after, auditId };
  });
}
