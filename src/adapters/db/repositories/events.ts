// The outbox: domain events are written in the transaction that caused them. Inside `transact` they are
// gathered and written in one statement just before the commit.
import type { Transaction } from 'kysely';
import { currentCorrelation } from '../../../correlation.ts';
import { type DomainEvent, EVENT_VERSION } from '../../../domain/events.ts';
import { currentTraceParent } from '../../../tracing.ts';
import type { Db, Executor } from '../database.ts';
import { lastInTransaction } from '../pglite-dialect.ts';
import type { DB } from '../schema.ts';
import { insideTransaction } from '../transaction-guard.ts';

interface PendingEvent {
  event: DomainEvent;
  correlationId: string | null;
  traceParent: string | null;
}

const pendingByTransaction = new WeakMap<Executor, PendingEvent[]>();
const commitListeners = new WeakMap<Db, Set<() => void>>();

/** Calls `listener` after each `transact` on this database that committed events (the dispatcher wakes up). */
export function onEventsCommitted(db: Db, listener: () => void): () => void {
  const listeners = commitListeners.get(db) ?? new Set();
  commitListeners.set(db, listeners);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Runs one use-case in one transaction; its events are written with it, or not at all. */
export async function transact<T>(db: Db, work: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  let written = 0;
  const result = await db.transaction().execute(async (tx) => {
    const pending: PendingEvent[] = [];
    pendingByTransaction.set(tx, pending);
    const value = await insideTransaction(db, () => work(tx));
    await insertEvents(tx, pending, { last: true });
    written = pending.length;
    return value;
  });
  if (written > 0) for (const listener of commitListeners.get(db) ?? []) listener();
  return result;
}

export async function appendEvents(
  tx: Executor,
  events: readonly DomainEvent[],
  /** Default: the correlation id of the work in progress (the update or event that caused these). */
  correlationId: string | null = currentCorrelation() ?? null,
): Promise<void> {
  const traceParent = currentTraceParent();
  const rows = events.map((event) => ({ event, correlationId, traceParent }));
  const pending = pendingByTransaction.get(tx);
  if (pending) pending.push(...rows);
  else await insertEvents(tx, rows);
}

async function insertEvents(
  tx: Executor,
  events: readonly PendingEvent[],
  { last = false } = {},
): Promise<void> {
  if (events.length === 0) return;
  const insert = tx
    .insertInto('events')
    .values(
      events.map(({ event, correlationId, traceParent }) => ({
        type: event.type,
        version: EVENT_VERSION,
        user_id: event.userId,
        payload: JSON.stringify(event.payload),
        correlation_id: correlationId,
        trace_parent: traceParent,
        ...(event.at ? { created_at: event.at } : {}),
      })),
    )
    .compile();
  await tx.executeQuery(last ? lastInTransaction(insert) : insert);
}
