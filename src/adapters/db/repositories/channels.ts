// Join requests to the channels and who is in each channel, as Telegram reported it.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';

export type JoinRequestStatus = 'pending' | 'approved' | 'already_member' | 'withdrawn';

export interface JoinRequest {
  chatId: number;
  userId: number;
  requestedAt: Date;
  status: JoinRequestStatus;
  language: string | null;
}

/** Records a request; false when this exact request (same person, chat and date) was already recorded. */
export async function insertJoinRequest(
  db: Executor,
  r: { chatId: number; userId: number; requestedAt: Date; language: string | null; at: Date },
): Promise<boolean> {
  const result = await db
    .insertInto('join_requests')
    .values({
      chat_id: r.chatId,
      user_id: r.userId,
      requested_at: r.requestedAt,
      language: r.language,
      created_at: r.at,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function findJoinRequest(
  db: Executor,
  key: { chatId: number; userId: number; requestedAt: Date },
): Promise<JoinRequest | undefined> {
  const row = await db
    .selectFrom('join_requests')
    .selectAll()
    .where('chat_id', '=', key.chatId)
    .where('user_id', '=', key.userId)
    .where('requested_at', '=', key.requestedAt)
    .executeTakeFirst();
  return (
    row && {
      chatId: row.chat_id,
      userId: row.user_id,
      requestedAt: row.requested_at,
      status: row.status,
      language: row.language,
    }
  );
}

/** Closes a pending request with its outcome; false when it was no longer pending. */
export async function closeJoinRequest(
  db: Executor,
  key: { chatId: number; userId: number; requestedAt: Date },
  status: Exclude<JoinRequestStatus, 'pending'>,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('join_requests')
    .set({ status, handled_at: at })
    .where('chat_id', '=', key.chatId)
    .where('user_id', '=', key.userId)
    .where('requested_at', '=', key.requestedAt)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records whether a person is in a channel; true when that changed (they joined or left). Reports arrive from
 * several places (approvals, chat_member updates), so only a change counts.
 */
export async function setMembership(
  db: Executor,
  m: { chatId: number; userId: number; isMember: boolean; at: Date },
): Promise<boolean> {
  const result = await sql<{ changed: boolean }>`
    WITH written AS (
      INSERT INTO channel_members (chat_id, user_id, is_member, changed_at)
      VALUES (${m.chatId}, ${m.userId}, ${m.isMember}, ${m.at})
      ON CONFLICT (chat_id, user_id) DO UPDATE SET is_member = EXCLUDED.is_member, changed_at = EXCLUDED.changed_at
      WHERE channel_members.is_member IS DISTINCT FROM EXCLUDED.is_member
      RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM written) AS changed
  `.execute(db);
  return Boolean(result.rows[0]?.changed);
}

export async function isMember(db: Executor, chatId: number, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('channel_members')
    .select('is_member')
    .where('chat_id', '=', chatId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.is_member ?? false;
}

export interface JoinRequestCounts {
  requests: number;
  pending: number;
  approved: number;
  withdrawn: number;
}

export async function joinRequestCounts(db: Executor, chatId: number): Promise<JoinRequestCounts> {
  const rows = await db
    .selectFrom('join_requests')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('chat_id', '=', chatId)
    .groupBy('status')
    .execute();
  const count = (status: JoinRequestStatus) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return {
    requests: rows.reduce((total, r) => total + Number(r.n), 0),
    pending: count('pending'),
    approved: count('approved') + count('already_member'),
    withdrawn: count('withdrawn'),
  };
}

export async function memberCount(db: Executor, chatId: number): Promise<number> {
  const row = await db
    .selectFrom('channel_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('chat_id', '=', chatId)
    .where('is_member', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
