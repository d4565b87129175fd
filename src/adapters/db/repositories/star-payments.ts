// Telegram Stars payments: one row per telegram_payment_charge_id, and its refund.
import type { Executor } from '../database.ts';

export interface StarPayment {
  /** A short number for buttons. */
  id: number;
  chargeId: string;
  userId: number;
  planId: string;
  amount: number;
  grantId: number | null;
  createdAt: Date;
  refundedAt: Date | null;
  refundedBy: number | null;
}

const selectPayment = (db: Executor) => db.selectFrom('star_payments').selectAll();
type PaymentRow = Awaited<ReturnType<ReturnType<typeof selectPayment>['executeTakeFirstOrThrow']>>;

const toPayment = (r: PaymentRow): StarPayment => ({
  id: r.id,
  chargeId: r.charge_id,
  userId: r.user_id,
  planId: r.plan_id,
  amount: r.amount,
  grantId: r.grant_id,
  createdAt: r.created_at,
  refundedAt: r.refunded_at,
  refundedBy: r.refunded_by,
});

/** Records a payment; false when this charge was already recorded (a redelivered update). */
export async function insertPayment(
  tx: Executor,
  p: {
    chargeId: string;
    userId: number;
    planId: string;
    amount: number;
    providerChargeId: string | null;
    at: Date;
  },
): Promise<boolean> {
  const result = await tx
    .insertInto('star_payments')
    .values({
      charge_id: p.chargeId,
      user_id: p.userId,
      plan_id: p.planId,
      amount: p.amount,
      provider_charge_id: p.providerChargeId,
      created_at: p.at,
    })
    .onConflict((oc) => oc.column('charge_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findPaymentById(db: Executor, id: number): Promise<StarPayment | undefined> {
  const row = await selectPayment(db).where('id', '=', id).executeTakeFirst();
  return row && toPayment(row);
}

export async function setPaymentGrant(tx: Executor, chargeId: string, grantId: number): Promise<void> {
  await tx
    .updateTable('star_payments')
    .set({ grant_id: grantId })
    .where('charge_id', '=', chargeId)
    .execute();
}

export async function findPayment(db: Executor, chargeId: string): Promise<StarPayment | undefined> {
  const row = await selectPayment(db).where('charge_id', '=', chargeId).executeTakeFirst();
  return row && toPayment(row);
}

/** Marks a payment refunded; false when it already was. */
export async function markRefunded(
  tx: Executor,
  chargeId: string,
  adminId: number,
  at: Date,
): Promise<boolean> {
  const result = await tx
    .updateTable('star_payments')
    .set({ refunded_at: at, refunded_by: adminId })
    .where('charge_id', '=', chargeId)
    .where('refunded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function recentPayments(db: Executor, limit: number): Promise<StarPayment[]> {
  const rows = await selectPayment(db)
    .orderBy('created_at', 'desc')
    .orderBy('charge_id')
    .limit(limit)
    .execute();
  return rows.map(toPayment);
}
