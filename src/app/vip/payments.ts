// VIP bought with Telegram Stars: the pre-checkout is checked against the plans on sale (answered at once:
// Telegram waits 10 seconds), the payment is recorded and grants VIP once per telegram_payment_charge_id, and
// an admin's refund gives the Stars back and takes that payment's VIP time back. All of it in the ledger of
// payments, the refund audited.
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import {
  findPayment,
  findPaymentById,
  insertPayment,
  lockPayment,
  markRefunded,
  recentPayments,
  type StarPayment,
  setPaymentGrant,
} from '../../adapters/db/repositories/star-payments.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import { findGrant } from '../../adapters/db/repositories/vip.ts';
import type { Plan } from '../../content/plans-schema.ts';
import { type CheckoutRefusal, checkoutRefusal, planOfPayload } from '../../domain/vip.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { AppContext } from '../services.ts';
import type { TelegramGateway } from '../telegram-gateway.ts';
import { grantVip, revokeVipTime } from './grants.ts';
import { wording } from './lifecycle.ts';

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
  /** `fresh`: this call granted the VIP; `pending`: recorded, and its grant will follow from its job. */
  | { ok: true; fresh: boolean; plan: Plan; until: Date | null; pending?: true }
  | { ok: false; reason: 'unknown_plan' };

/** The durable job that grants a recorded payment's VIP, whatever happens to the update that brought it. */
export const PAID_VIP_JOB = 'vip-paid';
/** The job waits this long: the update's own handler grants at once, and the job is only its safety net. */
const PAID_VIP_JOB_DELAY_MS = 15_000;

/**
 * A successful_payment: first recorded on its own, once per charge, with the durable job that grants its VIP
 * (so the money is never without its row, whatever fails next); then the grant is made at once if it can be.
 * A redelivered update finds the charge recorded and granted (`fresh: false`) and changes nothing.
 */
export async function recordStarPayment(
  app: AppContext,
  p: Checkout & { userId: number; chargeId: string; providerChargeId: string | null },
): Promise<PaymentOutcome> {
  const plan = await receiveStarPayment(app, p);
  if (!plan) return { ok: false, reason: 'unknown_plan' };
  try {
    const granted = await grantPaidVip(app, p.chargeId);
    return { ok: true, fresh: granted.granted, plan, until: granted.granted ? granted.until : null };
  } catch (error) {
    app.log.error(
      { err: error, charge_id: p.chargeId, user_id: p.userId },
      'a payment is recorded but its VIP is not granted yet; its job will grant it',
    );
    return { ok: true, fresh: false, plan, until: null, pending: true };
  }
}

/** Records the payment and schedules its grant, in one transaction; the plan it pays for, if still on sale. */
async function receiveStarPayment(
  app: AppContext,
  p: Checkout & { userId: number; chargeId: string; providerChargeId: string | null },
): Promise<Plan | undefined> {
  const planId = planOfPayload(p.payload);
  const plan = planId ? app.pack.vip.plans.get(planId) : undefined;
  const now = app.clock.now();
  await transact(app.db, async (tx) => {
    const fresh = await insertPayment(tx, {
      chargeId: p.chargeId,
      userId: p.userId,
      planId: planId ?? p.payload.slice(0, 64),
      amount: p.total,
      providerChargeId: p.providerChargeId,
      at: now,
    });
    // A plan withdrawn between the invoice and the payment: the payment is kept, for an admin to refund.
    if (!fresh || !plan) return;
    await scheduleJob(tx, {
      kind: PAID_VIP_JOB,
      key: `${PAID_VIP_JOB}:${p.chargeId}`,
      runAt: new Date(now.getTime() + PAID_VIP_JOB_DELAY_MS),
      payload: { chargeId: p.chargeId },
    });
    await appendEvents(tx, [
      {
        type: 'PaymentReceived',
        userId: p.userId,
        at: now,
        payload: { chargeId: p.chargeId, planId: plan.id, amount: p.total },
      },
    ]);
  });
  return plan;
}

/** `granted: false`: granted before, refunded before its grant, or its plan is gone (left for a refund). */
export type PaidGrant = { granted: true; userId: number; plan: Plan; until: Date } | { granted: false };

/** Grants a recorded payment's VIP, once: the payment row is locked, so a refund and a grant never cross. */
export async function grantPaidVip(app: AppContext, chargeId: string): Promise<PaidGrant> {
  return transact(app.db, async (tx) => {
    const payment = await lockPayment(tx, chargeId);
    const plan = payment && app.pack.vip.plans.get(payment.planId);
    if (!payment || !plan || payment.grantId !== null || payment.refundedAt) return { granted: false };
    const result = await grantVip(tx, app, {
      userId: payment.userId,
      planId: plan.id,
      days: plan.days,
      source: 'stars',
      ref: `stars:${chargeId}`,
    });
    if (!result.granted) return { granted: false };
    await setPaymentGrant(tx, chargeId, result.grant.id);
    return { granted: true, userId: payment.userId, plan, until: result.grant.until };
  });
}

/** The job behind every payment: grants its VIP if its update could not, and then tells the payer. */
export function paidVipJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const chargeId = String(job.payload.chargeId);
    const granted = await grantPaidVip(app, chargeId);
    if (!granted.granted) return;
    app.log.info({ charge_id: chargeId, user_id: granted.userId }, 'VIP granted for a payment by its job');
    const user = await findUser(app.db, granted.userId);
    if (!user) return;
    const { t, date } = wording(app, user);
    await telegram.send(user.id, {
      text: t('vip-paid', { plan: t(granted.plan.name), until: date(granted.until) }),
    });
  };
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
    // Read again under the payment's lock: its VIP may have been granted since (by its job).
    const current = await lockPayment(tx, chargeId);
    if (!(await markRefunded(tx, chargeId, adminId, now))) return { ok: false, reason: 'already_refunded' };
    const grantId = current?.grantId ?? null;
    const grant = grantId === null ? undefined : await findGrant(tx, grantId);
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
