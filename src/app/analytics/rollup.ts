// Keeps the analytics rollup tables up with the event store: a durable job that rolls up what arrived since
// its last run, batch by batch (each batch one transaction with its cursor), then schedules its next run.
import {
  finalEventId,
  type RollupOptions,
  rollUpBatch,
} from '../../adapters/db/repositories/analytics-rollup.ts';
import { scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import { backgroundShare } from '../background-worker.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';

export const ANALYTICS_ROLLUP_JOB = 'analytics-rollup';
/** How often the job runs by default (ANALYTICS_EVERY_SECONDS): the figures trail the events by about this much. */
export const ROLLUP_EVERY_MS = 60_000;
/** A run stops after this long (the next run goes on), so one job never holds its lease for long. */
const RUN_BUDGET_MS = 30_000;
const BATCH_SIZE = 20_000;
/**
 * On the embedded database a batch holds its one connection from start to end: smaller batches keep that to a
 * moment, and live traffic gets the connection between them.
 */
export const EMBEDDED_BATCH_SIZE = 2_000;
/** Lower bounds of the balance distribution's buckets. */
export const BALANCE_BUCKETS = [0, 1, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000] as const;

export function rollupOptions(app: AppContext, batchSize = BATCH_SIZE): RollupOptions {
  const story = app.pack.story;
  const chapters = [...story.chapters.keys()];
  return {
    story: {
      decisionNodes: [...story.nodes.values()].filter((n) => n.choices.length > 1).map((n) => n.id),
      chapter2From: chapters[0] ?? '',
      chapter3From: chapters[1] ?? '',
    },
    defaultZone: zoneOf(app, null),
    balanceBuckets: BALANCE_BUCKETS,
    batchSize,
  };
}

/**
 * Rolls up every event waiting (or what fits in `budgetMs`); how many it took. Between batches it gives way to
 * live traffic, as background work does.
 */
export async function rollUpEvents(
  app: AppContext,
  options: { batchSize?: number; budgetMs?: number } = {},
): Promise<number> {
  const settings = rollupOptions(app, options.batchSize);
  const started = performance.now();
  const until = Date.now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
  const finalId = await finalEventId(app.db);
  let total = 0;
  for (;;) {
    const batchStarted = performance.now();
    const taken = await rollUpBatch(app.db, settings, finalId);
    total += taken;
    if (taken < settings.batchSize || Date.now() >= until) return total;
    const batchMs = performance.now() - batchStarted;
    await app.traffic?.giveWay(batchMs, backgroundShare(performance.now() - started));
  }
}

/** The run due at `at` (one per period, whoever schedules it). */
export function scheduleAnalyticsRollup(
  app: AppContext,
  everyMs = ROLLUP_EVERY_MS,
  at = app.clock.now(),
): Promise<boolean> {
  return scheduleJob(app.db, {
    kind: ANALYTICS_ROLLUP_JOB,
    key: `${ANALYTICS_ROLLUP_JOB}:${Math.floor(at.getTime() / everyMs)}`,
    runAt: at,
  });
}

export function analyticsRollupJob(
  app: AppContext,
  options: { batchSize?: number; everyMs?: number } = {},
): JobHandler {
  const { everyMs = ROLLUP_EVERY_MS, ...batches } = options;
  return async () => {
    const taken = await rollUpEvents(app, { ...batches, budgetMs: RUN_BUDGET_MS });
    if (taken) app.log.debug({ events: taken }, 'analytics: events rolled up');
    await scheduleAnalyticsRollup(app, everyMs, new Date(app.clock.now().getTime() + everyMs));
  };
}
