// Analytics through the API (role viewer), read from the rollup tables: the funnel and its cohorts, retention,
// the story, the economy, VIP, Stars revenue and daily activity, each also as CSV (`?format=csv`).
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  activityAnalytics,
  dayRange,
  economyAnalytics,
  FUNNEL_STEPS,
  funnel,
  funnelCohorts,
  retention,
  revenueAnalytics,
  storyAnalytics,
  vipAnalytics,
} from '../../../../app/analytics/analytics.ts';
import { storyGraph } from '../../../../content/story-map.ts';
import { rollupLag } from '../../../db/repositories/analytics-rollup.ts';
import type { ApiRoutes } from '../api.ts';
import { Format, sendCsv } from '../csv.ts';
import { Iso } from '../schemas.ts';
import { sharedFigures } from '../shared-figures.ts';

const Day = z.iso.date();
const Days = z.object({
  from: Day.optional().describe('first day (YYYY-MM-DD); default 29 days before `to`'),
  to: Day.optional().describe("last day (YYYY-MM-DD); default today in the deployment's zone"),
  format: Format,
});
const Signups = z.object({
  from: Day.optional().describe('first signup day (YYYY-MM-DD, the person’s local day)'),
  to: Day.optional().describe('last signup day (YYYY-MM-DD)'),
  language: z.string().max(16).optional().describe('only people who arrived speaking this language'),
  format: Format,
});
const Cohorts = Signups.extend({
  by: z.enum(['day', 'week']).default('week').describe('signup day, or signup week (starting on Monday)'),
  split: z.enum(['none', 'language']).default('none').describe('`language`: one row per cohort and language'),
});
const count = z.number().int();
const FRESHNESS =
  'Read from rollup tables that a job refreshes every minute: figures trail the events by about that much.';

/** Answers the view as JSON, or as CSV named after it. */
async function answer<V extends Record<string, readonly object[]>>(
  reply: FastifyReply,
  format: 'json' | 'csv',
  name: string,
  view: V,
): Promise<V> {
  if (format === 'json') return view;
  // Fastify takes a handler returning its reply as "answered already": the CSV stream went out through it.
  return sendCsv(reply, name, view) as unknown as V;
}

/** The rollups move once a minute: callers of the same few seconds share one reading. */
const FRESH_MS = 5_000;

export const analyticsRoutes: ApiRoutes = (api, { app }) => {
  const range = (q: { from?: string | undefined; to?: string | undefined }) =>
    dayRange(app, { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) });
  /** A view read at most once per FRESH_MS for each question (its query, the format aside). */
  const shared = <Q extends object, V>(read: (question: Q) => Promise<V>) => {
    const figures = sharedFigures(app.clock, FRESH_MS, (key) => read(JSON.parse(key) as Q));
    return (query: Q) => {
      const { format: _, ...question } = query as Q & { format?: unknown };
      return figures(JSON.stringify(question));
    };
  };
  const funnelView = shared(
    ({ since, ...filter }: z.infer<typeof Signups> & { since?: string | undefined }) =>
      funnel(app, { ...filter, ...(since ? { since: new Date(since) } : {}) }),
  );
  const cohortsView = shared(({ by, split, ...filter }: z.infer<typeof Cohorts>) =>
    funnelCohorts(app, by, split === 'language', filter),
  );
  const retentionView = shared(({ by, split, ...filter }: z.infer<typeof Cohorts>) =>
    retention(app, by, split === 'language', filter),
  );
  const storyView = shared((_: object) => storyAnalytics(app));
  const economyView = shared((q: z.infer<typeof Days>) => economyAnalytics(app, range(q)));
  const vipView = shared((q: z.infer<typeof Days>) => vipAnalytics(app, range(q)));
  const revenueView = shared((q: z.infer<typeof Days>) => revenueAnalytics(app, range(q)));
  const activityView = shared((q: z.infer<typeof Days>) => activityAnalytics(app, range(q)));

  api.get(
    '/analytics/funnel',
    {
      config: { role: 'viewer' },
      schema: {
        summary:
          'The funnel: /start, first fragment, first decision, chapter 2, chapter 3, VIP (Stars or token)',
        description: `Distinct people; each step counts those who also took every step before it, with the share of the previous step. \`since\` limits it to the people who arrived from then on; \`from\`/\`to\`/\`language\` to signup days and a language. ${FRESHNESS}`,
        tags: ['analytics'],
        querystring: Signups.extend({ since: Iso.optional() }),
        response: {
          200: z.object({
            steps: z.array(z.object({ step: z.enum(FUNNEL_STEPS), people: count, conversion: z.number() })),
          }),
        },
      },
    },
    async (request, reply) => {
      const steps = await funnelView(request.query);
      return answer(reply, request.query.format, 'funnel', { steps });
    },
  );

  const cohort = {
    cohort: z.string().describe('the signup day, or the Monday of the signup week'),
    language: z.string(),
  };
  api.get(
    '/analytics/funnel/cohorts',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'The funnel per signup day or week (and language), with the conversion between steps',
        description: FRESHNESS,
        tags: ['analytics'],
        querystring: Cohorts,
        response: {
          200: z.object({
            cohorts: z.array(
              z.object({
                ...cohort,
                ...Object.fromEntries(FUNNEL_STEPS.map((s) => [s, count])),
                ...Object.fromEntries(FUNNEL_STEPS.slice(1).map((s) => [`${s}Conversion`, z.number()])),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const cohorts = await cohortsView(request.query);
      return answer(reply, request.query.format, 'funnel-cohorts', { cohorts });
    },
  );

  api.get(
    '/analytics/retention',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'Retention by signup cohort: people active on their day 1, 7 and 30',
        description: `Active: any update of theirs that local day, in the person's own time zone. A cohort younger than 30 days has not had its day 30 yet. ${FRESHNESS}`,
        tags: ['analytics'],
        querystring: Cohorts,
        response: {
          200: z.object({
            cohorts: z.array(
              z.object({
                ...cohort,
                people: count,
                d1: count,
                d7: count,
                d30: count,
                d1Rate: z.number(),
                d7Rate: z.number(),
                d30Rate: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const cohorts = await retentionView(request.query);
      return answer(reply, request.query.format, 'retention', { cohorts });
    },
  );

  const nodePeople = z.array(z.object({ node: z.string(), people: count }));
  api.get(
    '/analytics/story',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'People who reached each story node, how they chose at each decision, endings and drop-off',
        description: `\`dropoff\`: people by the last node they reached (endings left out). In CSV, a \`section\` column names each row's list. ${FRESHNESS}`,
        tags: ['analytics'],
        querystring: z.object({ format: Format }),
        response: {
          200: z.object({
            nodes: nodePeople,
            choices: z.array(
              z.object({ node: z.string(), choice: z.string(), people: count, share: z.number() }),
            ),
            endings: nodePeople,
            dropoff: nodePeople,
          }),
        },
      },
    },
    async (request, reply) =>
      answer(reply, request.query.format, 'story', { ...(await storyView(request.query)) }),
  );

  api.get(
    '/analytics/story/map',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'The story graph to draw the story figures on: chapters and their nodes, and every choice',
        description:
          'Chapters in the order of the story, each with its nodes; `choices` are the arrows from a node to the node a choice leads to. Titles and labels in `language` (the pack’s default when it has no such locale).',
        tags: ['analytics'],
        querystring: z.object({
          language: z.string().max(16).optional().describe('language of the titles and labels, e.g. `es`'),
        }),
        response: {
          200: z.object({
            start: z.string(),
            chapters: z.array(
              z.object({
                id: z.string(),
                title: z.string(),
                vip: z.boolean(),
                nodes: z.array(
                  z.object({
                    id: z.string(),
                    speaker: z.enum(['diana', 'lucien', 'narration']),
                    ending: z.boolean(),
                  }),
                ),
              }),
            ),
            choices: z.array(
              z.object({
                node: z.string(),
                choice: z.string(),
                to: z.string(),
                label: z.string(),
                hidden: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => storyGraph(app.pack, app.pack.locales.resolve(request.query.language)),
  );

  const day = z.string().describe("YYYY-MM-DD in the deployment's zone");
  api.get(
    '/analytics/economy',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'Besitos issued by reason and spent by item per day; people per balance bucket',
        description: `\`spent\` names the item for purchases, else the reason. \`balances\`: people whose balance is at least \`from\` and below \`below\` (null: no upper bound). ${FRESHNESS}`,
        tags: ['analytics'],
        querystring: Days,
        response: {
          200: z.object({
            issued: z.array(z.object({ day, reason: z.string(), besitos: count, times: count })),
            spent: z.array(z.object({ day, item: z.string(), besitos: count, times: count })),
            balances: z.array(z.object({ from: count, below: count.nullable(), people: count })),
          }),
        },
      },
    },
    async (request, reply) =>
      answer(reply, request.query.format, 'economy', await economyView(request.query)),
  );

  /** A view of figures per day (`from`/`to`), answered as `{ days }` or as CSV named after it. */
  const perDay = <Row extends z.ZodObject>(
    name: string,
    summary: string,
    row: Row,
    read: (query: z.infer<typeof Days>) => Promise<z.infer<Row>[]>,
  ) =>
    api.get(
      `/analytics/${name}`,
      {
        config: { role: 'viewer' },
        schema: {
          summary,
          description: FRESHNESS,
          tags: ['analytics'],
          querystring: Days,
          response: { 200: z.object({ days: z.array(row) }) },
        },
      },
      async (request, reply) =>
        answer(reply, request.query.format, name, { days: await read(request.query) }),
    );

  perDay(
    'vip',
    'VIP per day: memberships started, renewed and ended, and the members at the end of the day',
    z.object({ day, started: count, renewed: count, ended: count, active: count }),
    vipView,
  );
  perDay(
    'revenue',
    'Telegram Stars per day: payments, Stars received, refunded and net',
    z.object({ day, payments: count, stars: count, refunded: count, net: z.number().int() }),
    revenueView,
  );
  perDay(
    'activity',
    'People active per day (DAU), each on their own local day',
    z.object({ day, people: count }),
    activityView,
  );

  api.get(
    '/analytics/rollup',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'How far the analytics rollup is: events rolled up, when it last ran, events waiting',
        tags: ['analytics'],
        response: {
          200: z.object({ rolledUp: count, rolledAt: Iso.nullable(), waiting: count }),
        },
      },
    },
    async () => {
      const lag = await rollupLag(app.db);
      return { ...lag, rolledAt: lag.rolledAt?.toISOString() ?? null };
    },
  );
};
