// Background work for developers: the event bus report (backlog, dead events and updates), scheduled jobs, and
// sending a dead one back to run once its cause is fixed (audited).
import { z } from 'zod';
import {
  eventBusReport,
  jobList,
  retryDeadJobLetter,
  retryDeadLetter,
  retryDeadUpdateLetter,
} from '../../../../app/events/dead-letters.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { adminIdOf } from '../principal.ts';
import { Cursor, encodeCursor, IdParam, Iso, isoOrNull, Limit, page } from '../schemas.ts';

const Json = z.record(z.string(), z.unknown());
const JOB_STATES = ['pending', 'running', 'done', 'dead', 'cancelled'] as const;

const Job = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    key: z.string(),
    status: z.enum(JOB_STATES),
    attempts: z.number().int(),
    runAt: Iso,
    lastError: z.string().nullable(),
    createdAt: Iso,
    doneAt: Iso.nullable(),
  })
  .meta({ id: 'Job' });

const Retried = z.object({ retried: z.literal(true) });

export const operationsRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/dead-letters',
    {
      config: { role: 'developer' },
      schema: {
        summary: 'The event bus and the update inbox: backlog, and what was dead-lettered',
        tags: ['operations'],
        querystring: z.object({ limit: Limit }),
        response: {
          200: z.object({
            events: z.object({ pending: z.number(), dead: z.number(), done: z.number() }),
            updates: z.object({ waiting: z.number(), dead: z.number() }),
            deadEvents: z.array(
              z.object({
                id: z.number().int(),
                type: z.string(),
                userId: z.number().int().nullable(),
                payload: Json,
                attempts: z.number().int(),
                createdAt: Iso,
                lastError: z.string().nullable(),
              }),
            ),
            deadUpdates: z.array(Json),
          }),
        },
      },
    },
    async (request) => {
      const report = await eventBusReport(app, request.query.limit);
      return {
        events: report.stats,
        updates: report.updates,
        deadEvents: report.dead.map((e) => ({
          id: e.id,
          type: e.type,
          userId: e.userId,
          payload: e.payload,
          attempts: e.attempts,
          createdAt: e.createdAt.toISOString(),
          lastError: e.lastError,
        })),
        deadUpdates: report.deadUpdates.map((u) => JSON.parse(JSON.stringify(u)) as Record<string, unknown>),
      };
    },
  );

  const retry = (url: string, summary: string, run: (adminId: number, id: number) => Promise<boolean>) =>
    api.post(
      url,
      {
        config: { role: 'developer' },
        schema: { summary, tags: ['operations'], params: IdParam, response: { 200: Retried } },
      },
      async (request) => {
        const done = await asCaller(request, () => run(adminIdOf(principalOf(request)), request.params.id));
        if (!done)
          throw new HttpProblem(
            409,
            `${request.params.id} is not dead-lettered (unknown, or retried already)`,
          );
        return { retried: true as const };
      },
    );
  retry('/dead-letters/events/:id/retry', 'Deliver a dead-lettered event again', (a, id) =>
    retryDeadLetter(app, a, id),
  );
  retry('/dead-letters/updates/:id/retry', 'Handle a dead-lettered Telegram update again', (a, id) =>
    retryDeadUpdateLetter(app, a, id),
  );
  retry('/jobs/:id/retry', 'Run a dead job again now', (a, id) => retryDeadJobLetter(app, a, id));

  api.get(
    '/jobs',
    {
      config: { role: 'developer' },
      schema: {
        summary: 'Scheduled jobs, newest first',
        tags: ['operations'],
        querystring: z.object({
          status: z.enum(JOB_STATES).optional(),
          cursor: Cursor.optional(),
          limit: Limit,
        }),
        response: { 200: page(Job) },
      },
    },
    async (request) => {
      const { status, cursor, limit } = request.query;
      const rows = await jobList(app, { status, before: cursor }, limit + 1);
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map((j) => ({
          id: j.id,
          kind: j.kind,
          key: j.key,
          status: j.status,
          attempts: j.attempts,
          runAt: j.run_at.toISOString(),
          lastError: j.last_error,
          createdAt: j.created_at.toISOString(),
          doneAt: isoOrNull(j.done_at),
        })),
        next: rows.length > limit && last ? encodeCursor(last.id) : null,
      };
    },
  );
};
