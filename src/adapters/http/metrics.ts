// Prometheus metrics at GET /metrics: how updates flow through the bot, and how much background work waits
// (read from the database at scrape time, so every instance reports the same backlog). Served on the app's port,
// or on METRICS_PORT alone, and behind `Authorization: Bearer METRICS_TOKEN` when that is set.
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/database.ts';
import { problemOf, registerProblemHandling, sendProblem } from './problem.ts';

export class Metrics {
  readonly registry = new Registry();
  readonly updates = new Counter({
    name: 'diana_updates_total',
    help: 'Telegram updates received, by kind and outcome (handled, duplicate, failed)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly updateSeconds = new Histogram({
    name: 'diana_update_duration_seconds',
    help: 'Time to handle one update, from the first middleware to the last reply',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  /** Talking to Diana: where each answer came from (model, cache, scripted), or paced, unpaid or resting. */
  readonly conversation = new Counter({
    name: 'diana_conversation_answers_total',
    help: 'Messages to Diana, by where the answer came from (model, cache, scripted), or paced, or unpaid (too few besitos), or resting (switched off)',
    labelNames: ['source'] as const,
    registers: [this.registry],
  });
  readonly conversationGate = new Counter({
    name: 'diana_conversation_gate_total',
    help: 'Model replies judged by the consistency gate, by verdict (accepted, refused)',
    labelNames: ['verdict'] as const,
    registers: [this.registry],
  });
  readonly conversationProvider = new Counter({
    name: 'diana_conversation_provider_calls_total',
    help: 'Calls to model providers, by provider and outcome (ok, error, timeout, open_circuit)',
    labelNames: ['provider', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly conversationTokens = new Counter({
    name: 'diana_conversation_tokens_total',
    help: 'Tokens used by model replies, by model and kind (prompt, completion)',
    labelNames: ['model', 'kind'] as const,
    registers: [this.registry],
  });
  readonly conversationCost = new Counter({
    name: 'diana_conversation_cost_usd_total',
    help: 'Dollars spent on model replies, by model',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  readonly conversationCache = new Counter({
    name: 'diana_conversation_cache_total',
    help: 'Lookups of common openers in the cache, by result (hit, miss)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });

  constructor(db: Db) {
    collectDefaultMetrics({ register: this.registry, prefix: 'diana_' });
    const backlog = new Gauge({
      name: 'diana_backlog',
      help: 'Work waiting: updates to attempt again (and dead-lettered), outbox events (pending, dead), announcements, scheduled jobs (due and running)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        const { rows } = await sql<{ queue: string; n: number }>`
          SELECT 'updates_waiting' AS queue, count(*) AS n FROM update_inbox WHERE status IN ('handling', 'failed')
          UNION ALL SELECT 'updates_dead', count(*) FROM update_inbox WHERE status = 'dead'
          UNION ALL SELECT 'events_pending', count(*) FROM events WHERE status = 'pending'
          UNION ALL SELECT 'events_dead', count(*) FROM events WHERE status = 'dead'
          UNION ALL SELECT 'notifications', count(*) FROM notifications WHERE sent_at IS NULL
          UNION ALL SELECT 'jobs', count(*) FROM jobs WHERE status = 'pending'
          UNION ALL SELECT 'jobs_running', count(*) FROM jobs WHERE status = 'running'
          UNION ALL SELECT 'jobs_dead', count(*) FROM jobs WHERE status = 'dead'
        `.execute(db);
        for (const row of rows) backlog.set({ queue: row.queue }, Number(row.n));
      },
    });
  }

  register(http: FastifyInstance, options: { token?: string | undefined } = {}): void {
    const expected = options.token === undefined ? undefined : digest(options.token);
    http.get('/metrics', async (request, reply) => {
      if (expected) {
        const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        // Compared as digests, in constant time: the answer says nothing about how close a guess was.
        if (!given || !timingSafeEqual(digest(given), expected)) {
          reply.header('www-authenticate', 'Bearer realm="metrics"');
          return sendProblem(
            reply,
            problemOf(request, 401, 'GET /metrics needs Authorization: Bearer METRICS_TOKEN'),
          );
        }
      }
      return reply.type(this.registry.contentType).send(await this.registry.metrics());
    });
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Serves the metrics: on a port of their own when `port` is set (the app's port then has no /metrics), otherwise
 * beside the app's routes. Returns what closes the metrics server, if one was started.
 */
export async function serveMetrics(
  metrics: Metrics,
  app: FastifyInstance,
  options: { port: number | undefined; host: string; token: string | undefined; log: Logger },
): Promise<(() => Promise<void>) | undefined> {
  if (options.port === undefined) {
    metrics.register(app, { token: options.token });
    return undefined;
  }
  const http = Fastify({
    loggerInstance: options.log.child({ component: 'metrics' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: true,
  });
  registerProblemHandling(http);
  metrics.register(http, { token: options.token });
  await http.listen({ port: options.port, host: options.host });
  return () => http.close();
}
