// Durable scheduled work (approve a join request in 3 minutes, remind a VIP before expiry). A job is named by
// a key, so scheduling the same thing twice schedules it once; running claims it (`running`, under a lease), so
// one instance runs it, and a crash mid-run leaves it to run again when the lease ends.

import { sql } from 'kysely';
import { currentCorrelation } from '../../../correlation.ts';
import { currentTraceParent } from '../../../tracing.ts';
import type { Executor } from '../database.ts';
import type { Lease } from '../lease.ts';
import { noteJobScheduled } from './events.ts';

export interface Job {
  id: number;
  kind: string;
  key: string;
  payload: Record<string, unknown>;
  attempts: number;
  /** The correlation id of the work that scheduled it (null for jobs scheduled outside any). */
  correlationId?: string | null;
  /** The W3C trace parent of the span that scheduled it (tracing on). */
  traceParent?: string | null;
}

/**
 * Schedules a job once per key: true when this call scheduled it. A cancelled job scheduled again is wanted
 * again (e.g. a VIP end that moved away and back) and becomes pending with the new time.
 */
export async function scheduleJob(
  db: Executor,
  job: { kind: string; key: string; runAt: Date; payload?: Record<string, unknown> },
): Promise<boolean> {
  const payload = JSON.stringify(job.payload ?? {});
  const correlation_id = currentCorrelation() ?? null;
  const trace_parent = currentTraceParent();
  const result = await db
    .insertInto('jobs')
    .values({ kind: job.kind, key: job.key, run_at: job.runAt, payload, correlation_id, trace_parent })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          status: 'pending',
          run_at: job.runAt,
          payload,
          attempts: 0,
          last_error: null,
          correlation_id,
          trace_parent,
        })
        .where('jobs.status', '=', 'cancelled'),
    )
    .executeTakeFirst();
  const scheduled = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  if (scheduled) noteJobScheduled(db);
  return scheduled;
}

/** Cancels a job that has not run yet; true when there was one. */
export async function cancelJob(db: Executor, key: string): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'cancelled' })
    .where('key', '=', key)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Claims the next due job (or one whose run was abandoned: its lease ended), leasing it under `lease`. Tried
 * again with the same lease, it first takes up what an earlier try of it claimed.
 */
export async function claimDueJob(db: Executor, now: Date, lease: Lease): Promise<Job | undefined> {
  const result = await sql<{
    id: number;
    kind: string;
    key: string;
    payload: unknown;
    attempts: number;
    correlation_id: string | null;
    trace_parent: string | null;
  }>`
    UPDATE jobs
    SET status = 'running', lease_until = ${lease}::timestamptz,
      attempts = attempts + CASE WHEN status = 'running' AND lease_until = ${lease}::timestamptz THEN 0 ELSE 1 END
    WHERE id = (
      SELECT id FROM jobs
      WHERE (status = 'pending' AND run_at <= ${now})
        OR (status = 'running' AND (lease_until <= ${now} OR lease_until = ${lease}::timestamptz))
      ORDER BY status = 'running' AND lease_until = ${lease}::timestamptz DESC, run_at, id
      LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, key, payload, attempts, correlation_id, trace_parent
  `.execute(db);
  const row = result.rows[0];
  if (!row) return undefined;
  const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Record<
    string,
    unknown
  >;
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    payload,
    attempts: row.attempts,
    correlationId: row.correlation_id,
    traceParent: row.trace_parent,
  };
}

export async function finishJob(db: Executor, id: number, at: Date): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', done_at: at, last_error: null, lease_until: null })
    .where('id', '=', id)
    .execute();
}

export async function failJob(
  db: Executor,
  id: number,
  failure: { error: string; retryAt: Date; dead: boolean },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      run_at: failure.retryAt,
      last_error: failure.error.slice(0, 2000),
      status: failure.dead ? 'dead' : 'pending',
      lease_until: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function jobByKey(db: Executor, key: string) {
  return db.selectFrom('jobs').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Forgets jobs that ended (done or cancelled) before `olderThan`; dead ones stay for an admin to see. */
export async function pruneJobs(db: Executor, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom('jobs')
    .where('status', 'in', ['done', 'cancelled'])
    .where((eb) =>
      eb.or([
        eb('done_at', '<', olderThan),
        eb.and([eb('done_at', 'is', null), eb('run_at', '<', olderThan)]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Jobs in one state (or all), newest first, `before` the id of the previous page's last one. */
export async function listJobs(
  db: Executor,
  f: {
    status?: 'pending' | 'running' | 'done' | 'dead' | 'cancelled' | undefined;
    before?: number | undefined;
  },
  limit: number,
) {
  let query = db.selectFrom('jobs').selectAll();
  if (f.status) query = query.where('status', '=', f.status);
  if (f.before !== undefined) query = query.where('id', '<', f.before);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

/** Sends a dead job back to run now, with its attempts counted afresh; false when it is not dead. */
export async function retryDeadJob(db: Executor, id: number, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'pending', run_at: now, attempts: 0, lease_until: null })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  const retried = Number(result.numUpdatedRows) > 0;
  if (retried) noteJobScheduled(db);
  return retried;
}
