// The update inbox: every update Telegram delivers is kept, raw, from its arrival until its effects have
// committed. An update counts as handled only then; one whose handler failed (a deadlock, a database restart,
// a bug) is retried with backoff from its stored body, and one that keeps failing is dead-lettered (visible and
// retryable in /admin). A repeated delivery of an update that is handled, or being handled, is a duplicate.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import type { Lease } from '../lease.ts';
import { toUser, type User, type UserRow } from './users.ts';

/** What the inbox keeps of an arriving update, and who sent it (their user row is loaded with it). */
export interface Arrival {
  updateId: number;
  body: object;
  from?: { id: number; firstName: string; lastName: string | null; username: string | null } | undefined;
}

export interface Admitted {
  fresh: boolean;
  user: User | undefined;
  /** When the sender was last noted active (see noteActive), as the update arrived. */
  lastSeenAt: Date | undefined;
  /** The sender's names differ from the stored ones (refreshed by `refreshProfile`). */
  renamed: boolean;
}

/** The raw update as JSON the database accepts (PostgreSQL's jsonb refuses the NUL character). */
export function storableBody(body: object): string {
  return JSON.stringify(body).replaceAll('\\u0000', '');
}

/**
 * Records a batch of arriving updates in one statement: new ones are kept as `handling` until their lease ends
 * (after which, unfinished, they are retried); the senders' users are read in the same round trip. An update
 * already held under the same lease is fresh too: an earlier try of this very admission committed, but its
 * answer was lost.
 */
export async function admitArrivals(
  db: Executor,
  arrivals: readonly (Arrival & { lease: Lease })[],
): Promise<Admitted[]> {
  const requests = arrivals.map((a, i) => ({
    i,
    lease: a.lease,
    update_id: a.updateId,
    user_id: a.from?.id ?? null,
    first_name: a.from?.firstName ?? null,
    last_name: a.from?.lastName ?? null,
    username: a.from?.username ?? null,
  }));
  const bodies = `[${arrivals.map((a) => storableBody(a.body)).join(',')}]`;
  const result = await sql<
    UserRow & { idx: number; fresh: boolean; renamed: boolean; id: number | null; last_seen_at: Date }
  >`
    WITH req AS (
      SELECT r.*, b.body
      FROM jsonb_to_recordset(${JSON.stringify(requests)}::jsonb)
        AS r(i int, lease timestamptz, update_id bigint, user_id bigint, first_name text, last_name text,
          username text)
      JOIN jsonb_array_elements(${bodies}::jsonb) WITH ORDINALITY AS b(body, n) ON b.n = r.i + 1
    ), claim AS (
      INSERT INTO update_inbox (update_id, body, retry_at)
      SELECT DISTINCT ON (update_id) update_id, body, lease FROM req ORDER BY update_id, i
      ON CONFLICT DO NOTHING RETURNING update_id
    )
    SELECT req.i AS idx,
      (claim.update_id IS NOT NULL OR (held.status = 'handling' AND held.retry_at = req.lease)) AS fresh,
      (u.id IS NOT NULL AND (u.first_name IS DISTINCT FROM req.first_name OR u.last_name IS DISTINCT FROM
        req.last_name OR u.username IS DISTINCT FROM req.username)) AS renamed,
      u.*
    FROM req LEFT JOIN claim ON claim.update_id = req.update_id
      -- One lookup by key per update (LIMIT keeps each a lookup): the planner takes a batch for a hundred rows
      -- and would otherwise read both tables whole, a cost that grows with every person and update.
      LEFT JOIN LATERAL (
        SELECT h.status, h.retry_at FROM update_inbox h WHERE h.update_id = req.update_id LIMIT 1
      ) held ON true
      LEFT JOIN LATERAL (SELECT * FROM users WHERE users.id = req.user_id LIMIT 1) u ON true
    ORDER BY req.i
  `.execute(db);
  // Two deliveries of one update in one batch: the first is fresh, the other a duplicate.
  const fresh = new Set<number>();
  return result.rows.map((r) => {
    const updateId = arrivals[r.idx]!.updateId;
    const first = r.fresh && !fresh.has(updateId);
    if (first) fresh.add(updateId);
    return {
      fresh: first,
      user: r.id === null ? undefined : toUser(r),
      lastSeenAt: r.id === null ? undefined : r.last_seen_at,
      renamed: r.renamed,
    };
  });
}

/**
 * Stores a person's current names (Telegram tells them on every update). A @username belongs to one person at a
 * time: whoever held it before loses it, so a lookup by @username never finds a stale holder.
 */
export async function refreshProfile(
  db: Executor,
  p: { id: number; firstName: string; lastName: string | null; username: string | null },
): Promise<void> {
  await sql`
    WITH freed AS (
      UPDATE users SET username = NULL
      WHERE ${p.username}::text IS NOT NULL AND lower(username) = lower(${p.username}::text) AND id <> ${p.id}
    )
    UPDATE users SET first_name = ${p.firstName}, last_name = ${p.lastName}, username = ${p.username}
    WHERE id = ${p.id}
  `.execute(db);
}

/** Marks updates handled: their effects have committed; the raw body is no longer needed. */
export async function markHandled(db: Executor, updateIds: readonly number[], at: Date): Promise<void> {
  if (updateIds.length === 0) return;
  await db
    .updateTable('update_inbox')
    .set({ status: 'done', body: null, handled_at: at, last_error: null, retry_at: null })
    .where('update_id', 'in', updateIds)
    .where('status', '=', 'handling')
    .execute();
}

/** Records a failed attempt: retried after `retryAt`, or dead-lettered once `dead` is true. */
export async function markFailed(
  db: Executor,
  updateId: number,
  failure: { error: string; retryAt: Date; dead: boolean },
): Promise<void> {
  await db
    .updateTable('update_inbox')
    .set({
      status: failure.dead ? 'dead' : 'failed',
      retry_at: failure.dead ? null : failure.retryAt,
      last_error: failure.error.slice(0, 2000),
    })
    .where('update_id', '=', updateId)
    .where('status', '=', 'handling')
    .execute();
}

export interface StoredUpdate {
  updateId: number;
  body: Record<string, unknown>;
  attempts: number;
  receivedAt: Date;
  lastError: string | null;
}

/**
 * Claims the next update due for another attempt: a failed one whose backoff has passed, or one left
 * `handling` past its lease (its instance died mid-way). The claim renews the lease and counts the attempt.
 * Tried again with the same lease, it first takes up what an earlier try of it claimed.
 */
export async function claimDueUpdate(
  db: Executor,
  now: Date,
  lease: Lease,
): Promise<StoredUpdate | undefined> {
  const result = await sql<{
    update_id: number;
    body: unknown;
    attempts: number;
    received_at: Date;
    last_error: string | null;
  }>`
    UPDATE update_inbox
    SET status = 'handling', retry_at = ${lease}::timestamptz,
      attempts = attempts + CASE WHEN status = 'handling' AND retry_at = ${lease}::timestamptz THEN 0 ELSE 1 END
    WHERE update_id = (
      SELECT update_id FROM update_inbox
      WHERE status IN ('failed', 'handling') AND body IS NOT NULL
        AND (retry_at <= ${now} OR retry_at = ${lease}::timestamptz)
      ORDER BY retry_at = ${lease}::timestamptz DESC, retry_at, update_id LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING update_id, body, attempts, received_at, last_error
  `.execute(db);
  const row = result.rows[0];
  return row && toStored(row);
}

/**
 * Makes the updates left `handling` due now: for a process that alone uses the database, at its start, every
 * attempt in progress belonged to a process that has ended (killed mid-way), and need not wait out its lease.
 * One that has had `maxAttempts` already is dead-lettered instead: it may be what ends the process, and
 * attempted at every start it would end each one. Returns how many are due, and how many were dead-lettered.
 */
export async function abandonedUpdatesDue(
  db: Executor,
  now: Date,
  maxAttempts: number,
): Promise<{ due: number; dead: number }> {
  const abandoned = db
    .updateTable('update_inbox')
    .where('status', '=', 'handling')
    .where('retry_at', '>', now);
  const dead = await abandoned
    .set({
      status: 'dead',
      retry_at: null,
      last_error: `the process ended while handling it, at each of its ${maxAttempts} attempts`,
    })
    .where('attempts', '>=', maxAttempts)
    .executeTakeFirst();
  const due = await abandoned.set({ retry_at: now }).executeTakeFirst();
  return { due: Number(due.numUpdatedRows), dead: Number(dead.numUpdatedRows) };
}

const toStored = (row: {
  update_id: number;
  body: unknown;
  attempts: number;
  received_at: Date;
  last_error: string | null;
}): StoredUpdate => ({
  updateId: Number(row.update_id),
  body: (typeof row.body === 'string' ? JSON.parse(row.body) : row.body) as Record<string, unknown>,
  attempts: row.attempts,
  receivedAt: row.received_at,
  lastError: row.last_error,
});

export async function deadUpdates(db: Executor, limit = 20): Promise<StoredUpdate[]> {
  const rows = await db
    .selectFrom('update_inbox')
    .select(['update_id', 'body', 'attempts', 'received_at', 'last_error'])
    .where('status', '=', 'dead')
    .orderBy('update_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

/** Puts a dead-lettered update back in line for an attempt now (an admin fixed the cause). */
export async function retryDeadUpdate(db: Executor, updateId: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('update_inbox')
    .set({ status: 'failed', attempts: 0, retry_at: now })
    .where('update_id', '=', updateId)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function inboxStats(db: Executor): Promise<{ waiting: number; dead: number }> {
  const rows = await db
    .selectFrom('update_inbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '<>', 'done')
    .groupBy('status')
    .execute();
  const count = (...statuses: string[]) =>
    rows.filter((r) => statuses.includes(r.status)).reduce((n, r) => n + Number(r.n), 0);
  return { waiting: count('handling', 'failed'), dead: count('dead') };
}

/** Forgets handled updates older than the window in which Telegram could deliver them again. */
export async function pruneUpdates(db: Executor, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom('update_inbox')
    .where('status', '=', 'done')
    .where('received_at', '<', olderThan)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
