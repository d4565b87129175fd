// Reading the outbox for delivery: the next event whose user has nothing older still pending, so each user's
// events are handled in order while different users' events run side by side (on several instances too).
import { sql } from 'kysely';
import { type DomainEvent, parseEventPayload } from '../../../domain/events.ts';
import type { Executor } from '../database.ts';

/** An event as stored: its payload not yet checked against its type's schema. */
export interface StoredEventRow {
  id: number;
  type: string;
  version: number;
  userId: number | null;
  payload: Record<string, unknown>;
  correlationId: string | null;
  /** The W3C trace parent of the span that wrote it (tracing on). */
  traceParent: string | null;
  createdAt: Date;
  attempts: number;
}

/** An event whose payload fits its type's schema: what consumers receive. */
export type StoredEvent = DomainEvent &
  Omit<StoredEventRow, 'type' | 'payload' | 'userId'> & { createdAt: Date; userId: number | null };

/** Checks a stored event against the event registry; throws InvalidEvent when it does not fit. */
export function checkedEvent(row: StoredEventRow): StoredEvent {
  const payload = parseEventPayload(row.type, row.version, row.payload);
  return { ...row, payload } as StoredEvent;
}

interface EventRow {
  id: number;
  type: string;
  version: number;
  user_id: number | null;
  payload: Record<string, unknown>;
  correlation_id: string | null;
  trace_parent: string | null;
  created_at: Date;
  attempts: number;
}

const toStored = (r: EventRow): StoredEventRow => ({
  id: r.id,
  type: r.type,
  version: r.version,
  userId: r.user_id,
  payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
  correlationId: r.correlation_id,
  traceParent: r.trace_parent,
  createdAt: r.created_at,
  attempts: r.attempts,
});

/**
 * Claims the next deliverable event (skipping ones other workers hold) and marks it done at `now`, in one
 * round trip: the mark holds only if the transaction commits, so a delivery that fails or dies leaves the
 * event pending, and until then others see it pending and locked.
 */
export async function claimNextEvent(tx: Executor, now: Date): Promise<StoredEventRow | undefined> {
  const result = await sql<EventRow>`
    UPDATE events SET status = 'done', processed_at = ${now}, last_error = NULL
    WHERE id = (
      SELECT e.id FROM events e
      WHERE e.status = 'pending' AND (e.available_at IS NULL OR e.available_at <= ${now})
        AND NOT EXISTS (
          SELECT 1 FROM events p WHERE p.status = 'pending' AND p.user_id = e.user_id AND p.id < e.id
        )
      ORDER BY e.id
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, type, version, user_id, payload, correlation_id, trace_parent, created_at, attempts
  `.execute(tx);
  const row = result.rows[0];
  return row && toStored(row);
}

/** Records a failed delivery: retried after `retryAt`, or dead-lettered once `dead` is true. */
export async function markEventFailed(
  db: Executor,
  id: number,
  failure: { error: string; retryAt: Date; dead: boolean },
): Promise<void> {
  await db
    .updateTable('events')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: failure.error.slice(0, 2000),
      available_at: failure.retryAt,
      status: failure.dead ? 'dead' : 'pending',
    }))
    .where('id', '=', id)
    .execute();
}

export async function deadEvents(
  db: Executor,
  limit = 20,
): Promise<(StoredEventRow & { lastError: string | null })[]> {
  const rows = await db
    .selectFrom('events')
    .select([
      'id',
      'type',
      'version',
      'user_id',
      'payload',
      'correlation_id',
      'trace_parent',
      'created_at',
      'attempts',
      'last_error',
    ])
    .where('status', '=', 'dead')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toStored(r as EventRow), lastError: r.last_error }));
}

/** Puts a dead-lettered event back in the queue (an admin fixed the cause). */
export async function retryDeadEvent(db: Executor, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set({ status: 'pending', attempts: 0, available_at: now })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function outboxStats(db: Executor): Promise<{ pending: number; dead: number; done: number }> {
  const rows = await db
    .selectFrom('events')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { pending: count('pending'), dead: count('dead'), done: count('done') };
}

/** Forgets delivered events older than `olderThan` (pending and dead ones always stay). */
export async function pruneEvents(db: Executor, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom('events')
    .where('status', '=', 'done')
    .where('processed_at', '<', olderThan)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
