// VIP tokens: an admin generates a single-use token for a plan (shared as a deep link); the first person to
// redeem it gets the plan's days of VIP, once. Generating and revoking are audited.
import { randomBytes } from 'node:crypto';
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import {
  insertToken,
  lockToken,
  markTokenRedeemed,
  markTokenRevoked,
  recentTokens,
  type VipToken,
} from '../../adapters/db/repositories/vip.ts';
import type { Plan } from '../../content/plans-schema.ts';
import { DAY_MS, TOKEN_LENGTH, tokenFromBytes, tokenState } from '../../domain/vip.ts';
import type { AppContext } from '../services.ts';
import { grantVip } from './grants.ts';

export async function createToken(
  app: AppContext,
  adminId: number,
  planId: string,
): Promise<{ ok: true; token: VipToken; plan: Plan } | { ok: false }> {
  const plan = app.pack.vip.plans.get(planId);
  if (!plan) return { ok: false };
  const now = app.clock.now();
  const token = tokenFromBytes(randomBytes(TOKEN_LENGTH));
  const expiresAt = new Date(now.getTime() + app.pack.vip.token_valid_days * DAY_MS);
  await transact(app.db, async (tx) => {
    await insertToken(tx, { token, planId, createdBy: adminId, at: now, expiresAt });
    await writeAudit(
      tx,
      {
        adminId,
        action: 'vip-token',
        targetUserId: null,
        before: null,
        after: { planId, expiresAt: expiresAt.toISOString() },
        reason: null,
        ref: token,
      },
      now,
    );
  });
  return {
    ok: true,
    plan,
    token: {
      token,
      planId,
      createdBy: adminId,
      createdAt: now,
      expiresAt,
      redeemedBy: null,
      redeemedAt: null,
      revokedAt: null,
    },
  };
}

export type RedeemResult =
  | { ok: true; plan: Plan; until: Date }
  | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'revoked' | 'already_yours' | 'plan_gone' };

/** Redeems a token for a registered user: once, by that user only. */
export async function redeemToken(app: AppContext, userId: number, token: string): Promise<RedeemResult> {
  if (!token) return { ok: false, reason: 'unknown' };
  return transact(app.db, async (tx) => {
    const found = await lockToken(tx, token);
    if (!found) return { ok: false, reason: 'unknown' };
    const now = app.clock.now();
    const state = tokenState(found, now);
    if (state === 'used')
      return { ok: false, reason: found.redeemedBy === userId ? 'already_yours' : 'used' };
    if (state !== 'unused') return { ok: false, reason: state };
    const plan = app.pack.vip.plans.get(found.planId);
    if (!plan) return { ok: false, reason: 'plan_gone' };
    await markTokenRedeemed(tx, token, userId, now);
    const result = await grantVip(tx, app, {
      userId,
      planId: plan.id,
      days: plan.days,
      source: 'token',
      ref: `token:${token}`,
    });
    if (!result.granted) return { ok: false, reason: 'already_yours' };
    return { ok: true, plan, until: result.grant.until };
  });
}

export function listTokens(app: AppContext, limit: number): Promise<VipToken[]> {
  return recentTokens(app.db, limit);
}

/** Revokes an unused token; false when it was used, revoked or unknown. */
export async function revokeToken(app: AppContext, adminId: number, token: string): Promise<boolean> {
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    if (!(await markTokenRevoked(tx, token, now))) return false;
    await writeAudit(
      tx,
      {
        adminId,
        action: 'vip-token-revoke',
        targetUserId: null,
        before: null,
        after: null,
        reason: null,
        ref: token,
      },
      now,
    );
    return true;
  });
}
