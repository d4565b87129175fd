// Telegram may deliver an update more than once; the first delivery claims its update_id.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import { toUser, type User, type UserRow } from './users.ts';

/** True when this update_id was not seen before (and is now recorded). */
export async function claimUpdate(db: Executor, updateId: number): Promise<boolean> {
  const result = await db
    .insertInto('processed_updates')
    .values({ update_id: updateId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/**
 * Claims the update and loads its user in one round trip (the hot path of every private message).
 * `fresh` is false for a repeated delivery.
 */
export async function claimUpdateForUser(
  db: Executor,
  updateId: number,
  userId: number,
): Promise<{ fresh: boolean; user: User | undefined }> {
  const result = await sql<UserRow & { fresh: boolean; id: number | null }>`
    WITH claim AS (
      INSERT INTO processed_updates (update_id) VALUES (${updateId}) ON CONFLICT DO NOTHING RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM claim) AS fresh, u.*
    FROM (SELECT 1) AS one LEFT JOIN users u ON u.id = ${userId}
  `.execute(db);
  const row = result.rows[0];
  return { fresh: Boolean(row?.fresh), user: row && row.id !== null ? toUser(row) : undefined };
}

/** Forgets update ids older than the window in which Telegram redelivers. */
export async function pruneUpdates(db: Executor, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom('processed_updates')
    .where('received_at', '<', olderThan)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
