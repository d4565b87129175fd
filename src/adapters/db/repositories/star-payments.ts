// Telegram Stars payments: one row per telegram_payment_charge_id, and its refund.
import type { Executor } from '../database.ts';
import type { StarPaymentsTable } from '../schema.ts';
import { camelized, type Row } from './rows.ts';

export type StarPayment = Row<StarPaymentsTable>;

const selectPayment = (db: Executor) => db.selectFrom('star_payments').selectAll();

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
  return row && camelized(row);
}

export async function setPaymentGrant(tx: Executor, chargeId: string, grantId: number): Promise<void> {
  await tx
    .updateTable('star_payments')
    .set({ grant_id: grantId })
    .where('charge_id', '=', chargeId)
    .execute();
}

/** The payment, its row locked until the end of the transaction (a grant and a refund never cross). */
export async function lockPayment(tx: Executor, chargeId: string): Promise<StarPayment | undefined> {
  const row = await selectPayment(tx).where('charge_id', '=', chargeId).forUpdate().executeTakeFirst();
  return row && camelized(row);
}

export async function findPayment(db: Executor, chargeId: string): Promise<StarPayment | undefined> {
  const row = await selectPayment(db).where('charge_id', '=', chargeId).executeTakeFirst();
  return row && camelized(row);
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
  return rows.map(camelized);
}
