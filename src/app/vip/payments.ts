// VIP bought with Telegram Stars: the pre-checkout is checked against the plans on sale (answered at once:
// Telegram waits 10 seconds), the payment is recorded and grants VIP once per telegram_payment_charge_id, and
// an admin's refund gives the Stars back and takes that payment's VIP time back. All of it in the ledger of
// payments, the refund audited.
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import {
  findPayment,
  findPaymentById,
  insertPayment,
  markRefunded,
  recentPayments,
  type StarPayment,
  setPaymentGrant,
} from '../../adapters/db/repositories/star-payments.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import { findGrant } from '../../adapters/db/repositories/vip.ts';
import type { Plan } from '../../content/plans-schema.ts';
import { type CheckoutRefusal, checkoutRefusal, planOfPayload } from '../../domain/vip.ts';
import type { AppContext } from '../services.ts';
import { grantVip, revokeVipTime } from './grants.ts';

export interface Checkout {
  payload: string;
  currency: string;
  total: number;
}

/** Whether Telegram may take the Stars: the plan named by the invoice is on sale at this price. */
export function checkPreCheckout(app: AppContext, checkout: Checkout): CheckoutRefusal | undefined {
  const planId = planOfPayload(checkout.payload);
  return checkoutRefusal(planId ? app.pack.vip.plans.get(planId) : undefined, checkout);
}

export type PaymentOutcome =
  | { ok: true; fresh: boolean; plan: Plan; until: Date | null }
  | { ok: false; reason: 'unknown_plan' };

/**
 * A successful_payment: recorded once per charge, and grants the plan's VIP once. A redelivered update finds
 * the charge recorded (`fresh: false`) and changes nothing.
 */
export async function recordStarPayment(
  app: AppContext,
  p: Checkout & { userId: number; chargeId: string; providerChargeId: string | null },
): Promise<PaymentOutcome> {
  const planId = planOfPayload(p.payload);
  const plan = planId ? app.pack.vip.plans.get(planId) : undefined;
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const fresh = await insertPayment(tx, {
      chargeId: p.chargeId,
      userId: p.userId,
      planId: planId ?? p.payload.slice(0, 64),
      amount: p.total,
      providerChargeId: p.providerChargeId,
      at: now,
    });
    // A plan withdrawn between the invoice and the payment: the payment is kept, for an admin to refund.
    if (!plan) return { ok: false, reason: 'unknown_plan' };
    if (!fresh) return { ok: true, fresh, plan, until: null };
    await appendEvents(tx, [
      {
        type: 'PaymentReceived',
        userId: p.userId,
        at: now,
        payload: { chargeId: p.chargeId, planId: plan.id, amount: p.total },
      },
    ]);
    const result = await grantVip(tx, app, {
      userId: p.userId,
      planId: plan.id,
      days: plan.days,
      source: 'stars',
      ref: `stars:${p.chargeId}`,
    });
    if (!result.granted) return { ok: true, fresh: false, plan, until: result.until };
    await setPaymentGrant(tx, p.chargeId, result.grant.id);
    return { ok: true, fresh, plan, until: result.grant.until };
  });
}

export type RefundOutcome =
  | { ok: true; payment: StarPayment; vipUntil: Date | null }
  | { ok: false; reason: 'unknown' | 'already_refunded' | 'telegram_refused' };

/** What Telegram said to refundStarPayment. */
export type TelegramRefund = 'refunded' | 'already_refunded' | 'unknown_charge';

/**
 * An admin refunds a payment: Telegram gives the Stars back first (`refund` calls refundStarPayment); then,
 * once, the payment is marked refunded, its VIP time is taken back and the refund is audited.
 */
export async function refundStarPayment(
  app: AppContext,
  adminId: number,
  chargeId: string,
  refund: (userId: number, chargeId: string) => Promise<TelegramRefund>,
): Promise<RefundOutcome> {
  const payment = await findPayment(app.db, chargeId);
  if (!payment) return { ok: false, reason: 'unknown' };
  if (payment.refundedAt) return { ok: false, reason: 'already_refunded' };
  const answer = await refund(payment.userId, chargeId);
  if (answer === 'unknown_charge') return { ok: false, reason: 'telegram_refused' };
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    if (!(await markRefunded(tx, chargeId, adminId, now))) return { ok: false, reason: 'already_refunded' };
    const grant = payment.grantId === null ? undefined : await findGrant(tx, payment.grantId);
    const vip = grant
      ? await revokeVipTime(tx, app, { userId: payment.userId, grant, reason: 'refund' })
      : { before: null, after: null };
    await writeAudit(
      tx,
      {
        adminId,
        action: 'refund',
        targetUserId: payment.userId,
        before: { vipUntil: vip.before?.toISOString() ?? null },
        after: { vipUntil: vip.after?.toISOString() ?? null, stars: payment.amount },
        reason: null,
        ref: chargeId,
      },
      now,
    );
    await appendEvents(tx, [
      {
        type: 'PaymentRefunded',
        userId: payment.userId,
        at: now,
        payload: { chargeId, planId: payment.planId, amount: payment.amount },
      },
    ]);
    return { ok: true, payment: { ...payment, refundedAt: now, refundedBy: adminId }, vipUntil: vip.after };
  });
}

/** The latest payments, newest first, with their payers. */
export async function listPayments(app: AppContext, limit: number) {
  const payments = await recentPayments(app.db, limit);
  return Promise.all(payments.map(async (p) => ({ ...p, payer: await findUser(app.db, p.userId) })));
}

export function paymentById(app: AppContext, id: number): Promise<StarPayment | undefined> {
  return Number.isSafeInteger(id) ? findPaymentById(app.db, id) : Promise.resolve(undefined);
}
