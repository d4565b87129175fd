// The outbox: domain events are written in the transaction that caused them. Inside `transact` they are
// gathered and written in one statement just before the commit. Once it has committed, the workers that follow
// what it wrote (the event dispatcher, the job runner) hear of it and look at once. An event that nobody would
// act on (see deliverOnly) is written as already delivered: it stays in the history, and costs no delivery.
import { type RawBuilder, sql, type Transaction } from 'kysely';
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

/** What a `transact` transaction has written so far that others wait for. */
interface Written {
  events: PendingEvent[];
  /** Events to deliver that one of its statements wrote itself (see eventsWrittenIf). */
  deliveredByStatements: number;
  /** A statement wrote the transaction's events itself: nothing more may be appended. */
  closed: boolean;
  jobScheduled: boolean;
  wanted: Wanted | undefined;
}

/** Whether an event is to be delivered: false when no subscriber would act on it. */
export type Wanted = (event: DomainEvent) => boolean;

/** What a committed write tells: events to dispatch, or a job to run. */
export type Commitment = 'events' | 'job';

const writtenByTransaction = new WeakMap<Executor, Written>();
const commitListeners = new WeakMap<Db, Map<Commitment, Set<() => void>>>();
const deliveries = new WeakMap<Db, Wanted>();

/**
 * From now on (until the returned function is called), events written through `transact` on this database that
 * `wanted` refuses are written as delivered (done, at their own time) and never claimed: the running dispatcher
 * says which events its subscribers act on. Without it every event waits for delivery.
 */
export function deliverOnly(db: Db, wanted: Wanted): () => void {
  deliveries.set(db, wanted);
  return () => {
    if (deliveries.get(db) === wanted) deliveries.delete(db);
  };
}

/**
 * Calls `listener` after each `transact` on this database that committed events (the dispatcher wakes up), or
 * that scheduled a job (the job runner wakes up).
 */
export function onCommitted(db: Db, what: Commitment, listener: () => void): () => void {
  const byWhat = commitListeners.get(db) ?? new Map<Commitment, Set<() => void>>();
  commitListeners.set(db, byWhat);
  const listeners = byWhat.get(what) ?? new Set();
  byWhat.set(what, listeners);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function tell(db: Db, what: Commitment): void {
  for (const listener of commitListeners.get(db)?.get(what) ?? []) listener();
}

/**
 * A job was scheduled on `executor`: on the database itself its listeners hear of it now, in a `transact`
 * transaction once that has committed.
 */
export function noteJobScheduled(executor: Executor): void {
  const written = writtenByTransaction.get(executor);
  if (written) written.jobScheduled = true;
  else if (commitListeners.has(executor as Db)) tell(executor as Db, 'job');
}

/** Runs one use-case in one transaction; its events are written with it, or not at all. */
export async function transact<T>(db: Db, work: (tx: Transaction<DB>) => Promise<T>): Promise<T> {
  const written: Written = {
    events: [],
    deliveredByStatements: 0,
    closed: false,
    jobScheduled: false,
    wanted: deliveries.get(db),
  };
  let toDeliver = 0;
  const result = await db.transaction().execute(async (tx) => {
    writtenByTransaction.set(tx, written);
    const value = await insideTransaction(db, () => work(tx));
    toDeliver = await insertEvents(tx, written.events, { last: true, wanted: written.wanted });
    return value;
  });
  if (toDeliver + written.deliveredByStatements > 0) tell(db, 'events');
  if (written.jobScheduled) tell(db, 'job');
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
  const written = writtenByTransaction.get(tx);
  if (written?.closed)
    throw new Error('events appended after the statement that wrote the transaction’s own');
  if (written) written.events.push(...rows);
  else await insertEvents(tx, rows);
}

/** Writes the events; returns how many wait for delivery. */
async function insertEvents(
  tx: Executor,
  events: readonly PendingEvent[],
  { last = false, wanted }: { last?: boolean; wanted?: Wanted | undefined } = {},
): Promise<number> {
  if (events.length === 0) return 0;
  const rows = events.map((pending) => eventRow(pending, wanted));
  const insert = tx
    .insertInto('events')
    .values(
      rows.map(({ at, ...row }) => ({
        ...row,
        payload: JSON.stringify(row.payload),
        created_at: at ?? sql<Date>`now()`,
        processed_at: row.status === 'done' ? (at ?? sql<Date>`now()`) : null,
      })),
    )
    .compile();
  await tx.executeQuery(last ? lastInTransaction(insert) : insert);
  return rows.filter((row) => row.status === 'pending').length;
}

/** An event as the outbox keeps it: to deliver, or written as delivered when nobody would act on it. */
function eventRow({ event, correlationId, traceParent }: PendingEvent, wanted: Wanted | undefined) {
  return {
    type: event.type,
    version: EVENT_VERSION,
    user_id: event.userId,
    payload: event.payload,
    correlation_id: correlationId,
    trace_parent: traceParent,
    /** When it happened (the database's now() when absent); an event written as delivered was delivered then. */
    at: event.at,
    status: (wanted?.(event) ?? true) ? ('pending' as const) : ('done' as const),
  };
}

/**
 * For a statement that writes the transaction's events itself, in a WITH clause of its own (see upsertUser),
 * instead of `appendEvents`: the events are written in that statement, each one only if its condition holds (a
 * boolean column of `source`, the statement's one row), in their order, with the correlation, the trace and the
 * delivery `transact` gives its own. They are the transaction's events: none may be appended before or after.
 * Once the statement has answered, `wrote(row)` with its row counts those to deliver, so that the dispatcher
 * hears of them when the transaction commits.
 */
export function eventsWrittenIf<Condition extends string>(
  tx: Executor,
  source: string,
  events: readonly { event: DomainEvent; if: Condition }[],
): { insert: RawBuilder<unknown>; wrote: (row: Record<Condition, boolean>) => void } {
  const written = writtenByTransaction.get(tx);
  if (!written) throw new Error('a statement writes events only inside transact');
  if (written.events.length > 0 || written.closed) {
    throw new Error('a statement writes its own events only in a transaction that appends none');
  }
  written.closed = true;
  const correlationId = currentCorrelation() ?? null;
  const traceParent = currentTraceParent();
  const rows = events.map(({ event, if: condition }, n) => ({
    ...eventRow({ event, correlationId, traceParent }, written.wanted),
    if: condition,
    n,
  }));
  const insert = sql`
    INSERT INTO events (type, version, user_id, payload, correlation_id, trace_parent, created_at, status, processed_at)
    SELECT e.type, e.version, e.user_id, e.payload, e.correlation_id, e.trace_parent, COALESCE(e.at, now()),
           e.status, CASE WHEN e.status = 'done' THEN COALESCE(e.at, now()) END
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS e(type text, version integer, user_id bigint,
           payload jsonb, correlation_id text, trace_parent text, at timestamptz, status text, "if" text, n integer),
         ${sql.table(source)} AS source
    WHERE (to_jsonb(source) ->> e."if")::boolean
    ORDER BY e.n`;
  const wrote = (row: Record<Condition, boolean>) => {
    written.deliveredByStatements += rows.filter((r) => r.status === 'pending' && row[r.if]).length;
  };
  return { insert, wrote };
}
