// Runs durable scheduled jobs when they fall due. A handler may call Telegram, so it runs outside any
// database transaction under a lease; it must be safe to run again (the lease can expire after a crash).
// Failures are retried with backoff; a job that keeps failing is marked dead and logged.

import { newLease } from '../../adapters/db/lease.ts';
import { claimDueJob, failJob, finishJob, type Job } from '../../adapters/db/repositories/jobs.ts';
import { persevere } from '../../adapters/db/transient-errors.ts';
import { withCorrelation } from '../../correlation.ts';
import { traced } from '../../tracing.ts';
import { BackgroundWorker } from '../background-worker.ts';
import type { AppContext } from '../services.ts';

export type JobHandler = (job: Job) => Promise<void>;

const LEASE_MS = 5 * 60_000;
/** How long the runner keeps trying to claim a job or record its outcome while the database is briefly away. */
const RECORD_FOR_MS = 60_000;

export class JobRunner extends BackgroundWorker {
  constructor(
    private readonly app: AppContext,
    private readonly handlers: Readonly<Record<string, JobHandler>>,
    private readonly options: {
      pollMs?: number;
      maxAttempts?: number;
      backoffMs?: number;
      /** Jobs run side by side (each claimed under its own lease; they wait mostly on Telegram). */
      concurrency?: number;
    } = {},
  ) {
    super('jobs', app.log, options.pollMs ?? 1000, options.concurrency ?? 1, app.traffic);
  }

  step(): Promise<boolean> {
    return this.runDue();
  }

  /** Runs one due job; false when none is due. */
  async runDue(): Promise<boolean> {
    const now = this.app.clock.now();
    const lease = newLease(new Date(now.getTime() + LEASE_MS));
    const job = await persevere(() => claimDueJob(this.app.db, now, lease), RECORD_FOR_MS);
    if (!job) return false;
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for jobs of kind "${job.kind}"`);
      // What the job does (events, jobs, log lines) carries the id of what scheduled it, or its own.
      const correlation = job.correlationId ?? `j${job.id}`;
      await withCorrelation(correlation, () =>
        traced(
          `job ${job.kind}`,
          { 'diana.job_id': job.id, 'diana.correlation_id': correlation },
          async () => {
            await handler(job);
            this.app.log.debug({ job_id: job.id, job_kind: job.kind }, 'job done');
          },
          { parent: job.traceParent ?? null, root: true },
        ),
      );
    } catch (error) {
      const dead = job.attempts >= (this.options.maxAttempts ?? 8);
      const retryAt = new Date(now.getTime() + (this.options.backoffMs ?? 5000) * 2 ** (job.attempts - 1));
      this.app.log[dead ? 'error' : 'warn'](
        { err: error, job_id: job.id, job_kind: job.kind, job_key: job.key, attempts: job.attempts },
        dead ? 'job failed for good' : 'job failed; will retry',
      );
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await persevere(() => failJob(this.app.db, job.id, { error: message, retryAt, dead }), RECORD_FOR_MS);
      return true;
    }
    // Unrecorded, a job that did its work would stay leased and run again only once the lease ends.
    await persevere(() => finishJob(this.app.db, job.id, this.app.clock.now()), RECORD_FOR_MS);
    return true;
  }
}
