// Announcements waiting to be sent to users, claimed with a lease so one instance sends each batch.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export interface PendingNotification {
  id: number;
  userId: number;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  /** Sending attempts so far, this one included. */
  attempts: number;
}

export async function queueNotification(
  tx: Executor,
  n: {
    userId: number;
    kind: string;
    payload: Record<string, unknown>;
    dedupeKey: string;
    createdAt: Date;
    deliverAfter: Date;
  },
): Promise<void> {
  await tx
    .insertInto('notifications')
    .values({
      user_id: n.userId,
      kind: n.kind,
      payload: JSON.stringify(n.payload),
      dedupe_key: n.dedupeKey,
      created_at: n.createdAt,
      deliver_after: n.deliverAfter,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Claims the due notifications of up to `users` users whose oldest one has waited at least the batch window,
 * leasing them until `leaseUntil` (an instance that dies mid-send leaves them to be sent again).
 */
export async function claimDueNotifications(
  db: Executor,
  now: Date,
  settledBefore: Date,
  leaseUntil: Date,
  users: number,
): Promise<PendingNotification[]> {
  const result = await sql<{
    id: number;
    user_id: number;
    kind: string;
    payload: unknown;
    created_at: Date;
    attempts: number;
  }>`
    WITH ready AS (
      SELECT user_id FROM notifications
      WHERE sent_at IS NULL AND deliver_after <= ${now}
      GROUP BY user_id
      HAVING min(created_at) <= ${settledBefore}
      LIMIT ${users}
    ), claimed AS (
      SELECT n.id FROM notifications n JOIN ready USING (user_id)
      WHERE n.sent_at IS NULL AND n.deliver_after <= ${now}
      FOR UPDATE OF n SKIP LOCKED
    )
    UPDATE notifications SET deliver_after = ${leaseUntil}, attempts = attempts + 1
    FROM claimed WHERE notifications.id = claimed.id
    RETURNING notifications.id, notifications.user_id, notifications.kind, notifications.payload,
      notifications.created_at, notifications.attempts
  `.execute(db);
  return result.rows
    .map((r) => ({
      id: r.id,
      userId: r.user_id,
      kind: r.kind,
      payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as Record<string, unknown>,
      createdAt: r.created_at,
      attempts: Number(r.attempts),
    }))
    .sort((a, b) => a.id - b.id);
}

export async function markNotificationsSent(db: Executor, ids: readonly number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ sent_at: at })
    .where('id', 'in', [...ids])
    .execute();
}

export async function retryNotificationsAt(db: Executor, ids: readonly number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ deliver_after: at })
    .where('id', 'in', [...ids])
    .execute();
}

/** Forgets announcements sent before `olderThan`. */
export async function pruneNotifications(db: Executor, olderThan: Date): Promise<number> {
  const result = await db.deleteFrom('notifications').where('sent_at', '<', olderThan).executeTakeFirst();
  return Number(result.numDeletedRows);
}
