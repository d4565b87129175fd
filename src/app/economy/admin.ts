// What admins do to the economy: look users up, grant and revoke besitos, undo an adjustment. Each is one
// transaction that writes its audit_log row with the state before and after. A revoke is a compensating
// ledger entry, never a delete, and is refused (and audited as refused) when it would go below zero.
import type { Executor } from '../../adapters/db/database.ts';
import {
  type AuditFilter,
  type AuditRecord,
  auditByRef,
  filterAudit,
  findAudit,
  recentAudit,
  writeAudit,
} from '../../adapters/db/repositories/audit.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import {
  accountOf,
  entryExists,
  type LedgerLine,
  recentEntries,
} from '../../adapters/db/repositories/ledger.ts';
import { findSave } from '../../adapters/db/repositories/story.ts';
import { lockUser, type User } from '../../adapters/db/repositories/users.ts';
import type { UserQuery } from '../../domain/admin-input.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { moveBesitos } from '../ledger.ts';
import { loadPlayer, type Player } from '../player.ts';
import type { AppContext } from '../services.ts';
import { findByQuery } from '../users.ts';

export const ADMIN_REASONS = { grant: 'admin_grant', revoke: 'admin_revoke' } as const;

export interface UserCard {
  player: Player;
  recent: LedgerLine[];
  /** Where the person is in the story (none before their first fragment). */
  story: { node: string; chapter: string } | null;
}

// A type alias (not an interface) so it fits the audit log's JSON columns.
export type Books = { balance: number; totalEarned: number };

/** The outcome of a grant, revoke or undo; `userId` is null only when the target is unknown. */
export type AdjustResult =
  | { ok: true; userId: number; auditId: number; amount: number; before: Books; after: Books }
  | { ok: false; userId: number | null; reason: 'unknown_user' | 'repeated' | 'not_undoable' }
  | { ok: false; userId: number; reason: 'below_zero'; amount: number; balance: number };

const books = (u: Pick<User, 'balance' | 'totalEarned'>): Books => ({
  balance: u.balance,
  totalEarned: u.totalEarned,
});

/** Finds a user by id or @username for an admin; the lookup itself is audited. */
export async function lookupUser(
  app: AppContext,
  adminId: number,
  query: UserQuery,
): Promise<UserCard | 'unknown' | 'ambiguous'> {
  const now = app.clock.now();
  const found = await findByQuery(app, query);
  if (typeof found === 'string') return found;
  await writeAudit(
    app.db,
    { adminId, action: 'lookup', targetUserId: found.id, before: null, after: null, reason: null, ref: null },
    now,
  );
  return (await userCard(app, found.id)) ?? 'unknown';
}

/** The admin actions matching a filter (actor, action, target, time), newest first. */
export function auditLog(app: AppContext, filter: AuditFilter, limit: number): Promise<AuditRecord[]> {
  return filterAudit(app.db, filter, limit);
}

/** The latest admin actions, newest first. */
export function auditTrail(app: AppContext, limit: number): Promise<AuditRecord[]> {
  return recentAudit(app.db, limit);
}

export async function userCard(app: AppContext, userId: number, recent = 5): Promise<UserCard | undefined> {
  const player = await loadPlayer(app.db, app.pack, userId, app.clock.now());
  if (!player) return undefined;
  const [entries, save] = await Promise.all([
    recentEntries(app.db, userId, recent),
    findSave(app.db, userId),
  ]);
  return { player, recent: entries, story: save ? { node: save.node, chapter: save.chapter } : null };
}

/**
 * Grants (amount > 0) or revokes (amount < 0) besitos. `key` identifies the admin's request (their message),
 * so a repeated delivery adjusts once.
 */
export async function adjustBalance(
  app: AppContext,
  r: { adminId: number; userId: number; amount: number; reason: string; key: string },
): Promise<AdjustResult> {
  return transact(app.db, (tx) =>
    applyAdjustment(tx, app, { ...r, action: r.amount > 0 ? 'grant' : 'revoke' }),
  );
}

export interface AppliedAdjustment {
  auditId: number;
  userId: number;
  amount: number;
  reason: string;
  before: Books;
  after: Books;
}

/**
 * The grant or revoke that the request `key` applied, as it was answered then: a repeated request (the same
 * Idempotency-Key) gets the same answer, and nothing moves again.
 */
export async function appliedAdjustment(
  app: AppContext,
  key: string,
): Promise<AppliedAdjustment | undefined> {
  const done = (await auditByRef(app.db, key)).find((a) => a.action === 'grant' || a.action === 'revoke');
  if (!done?.targetUserId || !done.before || !done.after) return undefined;
  const before = { balance: Number(done.before.balance), totalEarned: Number(done.before.totalEarned) };
  const after = { balance: Number(done.after.balance), totalEarned: Number(done.after.totalEarned) };
  return {
    auditId: done.id,
    userId: done.targetUserId,
    amount: after.balance - before.balance,
    reason: done.reason ?? '',
    before,
    after,
  };
}

/** Reverses an audited grant or revoke with the opposite entry; only once. */
export async function undoAdjustment(
  app: AppContext,
  adminId: number,
  auditId: number,
): Promise<AdjustResult> {
  if (!Number.isSafeInteger(auditId)) return { ok: false, userId: null, reason: 'not_undoable' };
  return transact(app.db, async (tx) => {
    const original = await findAudit(tx, auditId);
    const delta = Number(original?.after?.balance) - Number(original?.before?.balance);
    if (!original?.targetUserId || !['grant', 'revoke'].includes(original.action) || !delta) {
      return { ok: false, userId: original?.targetUserId ?? null, reason: 'not_undoable' };
    }
    return applyAdjustment(tx, app, {
      adminId,
      userId: original.targetUserId,
      amount: -delta,
      reason: `#${auditId}: ${original.reason ?? ''}`.trim(),
      key: ledgerKeys.undo(auditId),
      action: 'undo',
    });
  });
}

async function applyAdjustment(
  tx: Executor,
  app: AppContext,
  r: { adminId: number; userId: number; amount: number; reason: string; key: string; action: string },
): Promise<AdjustResult> {
  const now = app.clock.now();
  const user = await lockUser(tx, r.userId);
  if (!user) return { ok: false, userId: null, reason: 'unknown_user' };
  // A request already applied is reported as such, before its amount is weighed against today's balance.
  if (await entryExists(tx, r.key)) return { ok: false, userId: r.userId, reason: 'repeated' };
  const before = books(user);
  const audit = { adminId: r.adminId, targetUserId: r.userId, reason: r.reason, ref: r.key };

  if (user.balance + r.amount < 0) {
    await writeAudit(tx, { ...audit, action: `${r.action}-refused`, before, after: before }, now);
    return { ok: false, userId: r.userId, reason: 'below_zero', amount: -r.amount, balance: user.balance };
  }
  const moved = await moveBesitos(
    tx,
    app.pack,
    {
      userId: r.userId,
      amount: r.amount,
      reason: r.amount > 0 ? ADMIN_REASONS.grant : ADMIN_REASONS.revoke,
      key: r.key,
      ref: `admin:${r.adminId}`,
    },
    { locked: accountOf(user), at: now },
  );
  if (!moved.applied) return { ok: false, userId: r.userId, reason: 'repeated' };
  const after = books(moved);
  const auditId = await writeAudit(tx, { ...audit, action: r.action, before, after }, now);
  await appendEvents(tx, [
    {
      type: 'BesitosAdjusted',
      userId: r.userId,
      at: now,
      payload: { adminId: r.adminId, amount: r.amount, reason: r.reason, auditId },
    },
  ]);
  return { ok: true, userId: r.userId, auditId, amount: r.amount, before, after };
}
