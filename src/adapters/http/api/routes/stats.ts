// GET /stats/overview: the community at a glance, and per day.
import { z } from 'zod';
import { overview } from '../../../../app/stats/overview.ts';
import type { ApiRoutes } from '../api.ts';

const Overview = z
  .object({
    people: z.number().int(),
    dau: z.number().int(),
    wau: z.number().int(),
    mau: z.number().int(),
    vipActive: z.number().int(),
    starsRevenue: z.number().int(),
    besitosIssued: z.number().int(),
    besitosSpent: z.number().int(),
    besitosCirculating: z.number().int(),
    perDay: z.array(
      z.object({
        day: z.string(),
        issued: z.number().int(),
        spent: z.number().int(),
        newPeople: z.number().int(),
        stars: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Overview' });

export const statsRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/stats/overview',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'People, DAU/WAU/MAU, besitos issued and spent, VIP active, Stars revenue; and per day',
        tags: ['stats'],
        querystring: z.object({ days: z.coerce.number().int().min(1).max(90).default(14) }),
        response: { 200: Overview },
      },
    },
    async (request) => overview(app, request.query.days),
  );
};
