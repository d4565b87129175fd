// Analytics through the API: the funnel from /start to VIP, and the story's reach per node and choice split.
import { z } from 'zod';
import { FUNNEL_STEPS, funnel, storyAnalytics } from '../../../../app/analytics/analytics.ts';
import type { ApiRoutes } from '../api.ts';
import { Iso } from '../schemas.ts';

export const analyticsRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/analytics/funnel',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'The funnel: /start, first fragment, first decision, chapter 2, chapter 3, VIP',
        description:
          'Distinct people; each step counts those who also took every step before it, with the share of the previous step. `since` limits it to what happened from then on.',
        tags: ['analytics'],
        querystring: z.object({ since: Iso.optional() }),
        response: {
          200: z.object({
            steps: z.array(
              z.object({ step: z.enum(FUNNEL_STEPS), people: z.number().int(), conversion: z.number() }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      steps: await funnel(app, request.query.since ? new Date(request.query.since) : undefined),
    }),
  );

  api.get(
    '/analytics/story',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'People who went through each story node, and how they chose at each decision',
        tags: ['analytics'],
        response: {
          200: z.object({
            nodes: z.array(z.object({ node: z.string(), people: z.number().int() })),
            choices: z.array(
              z.object({
                node: z.string(),
                choice: z.string(),
                people: z.number().int(),
                share: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async () => storyAnalytics(app),
  );
};
