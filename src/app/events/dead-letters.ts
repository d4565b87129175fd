// What admins see of the background work: the backlog, the events, Telegram updates and jobs that kept failing,
// and a way to send one back to the queue once its cause is fixed (audited like every admin action).

import type { Executor } from '../../adapters/db/database.ts';
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import { listJobs, retryDeadJob } from '../../adapters/db/repositories/jobs.ts';
import {
  deadEvents,
  outboxStats,
  retryDeadEvent,
  type StoredEventRow,
} from '../../adapters/db/repositories/outbox.ts';
import {
  deadUpdates,
  inboxStats,
  retryDeadUpdate,
  type StoredUpdate,
} from '../../adapters/db/repositories/update-inbox.ts';
import type { AppContext } from '../services.ts';

export interface EventBusReport {
  stats: { pending: number; dead: number; done: number };
  dead: (StoredEventRow & { lastError: string | null })[];
  updates: { waiting: number; dead: number };
  deadUpdates: StoredUpdate[];
}

export async function eventBusReport(app: AppContext, limit = 5): Promise<EventBusReport> {
  const [stats, dead, updates, deadOnes] = await Promise.all([
    outboxStats(app.db),
    deadEvents(app.db, limit),
    inboxStats(app.db),
    deadUpdates(app.db, limit),
  ]);
  return { stats, dead, updates, deadUpdates: deadOnes };
}

/** Sends a dead-lettered event back to the queue; false when it is not dead (already retried, or unknown). */
export function retryDeadLetter(app: AppContext, adminId: number, eventId: number): Promise<boolean> {
  return retryAudited(app, adminId, `event:${eventId}`, (tx, now) => retryDeadEvent(tx, eventId, now));
}

/** Runs a dead job again now; false when it is not dead. */
export function retryDeadJobLetter(app: AppContext, adminId: number, jobId: number): Promise<boolean> {
  return retryAudited(app, adminId, `job:${jobId}`, (tx, now) => retryDeadJob(tx, jobId, now));
}

/** The scheduled jobs in one state (all when none), newest first. */
export function jobList(
  app: AppContext,
  f: { status?: JobStatus | undefined; before?: number | undefined },
  limit: number,
) {
  return listJobs(app.db, f, limit);
}

export type JobStatus = 'pending' | 'running' | 'done' | 'dead' | 'cancelled';

/** Attempts a dead-lettered Telegram update again now; false when it is not dead. */
export function retryDeadUpdateLetter(app: AppContext, adminId: number, updateId: number): Promise<boolean> {
  return retryAudited(app, adminId, `update:${updateId}`, (tx, now) => retryDeadUpdate(tx, updateId, now));
}

async function retryAudited(
  app: AppContext,
  adminId: number,
  ref: string,
  retry: (tx: Executor, now: Date) => Promise<boolean>,
): Promise<boolean> {
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    if (!(await retry(tx, now))) return false;
    await writeAudit(
      tx,
      {
        adminId,
        action: `${ref.split(':')[0]}-retry`,
        targetUserId: null,
        before: { status: 'dead' },
        after: { status: 'pending' },
        reason: null,
        ref,
      },
      now,
    );
    return true;
  });
}
