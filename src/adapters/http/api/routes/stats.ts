// GET /stats/overview: the community at a glance, and per day. The figures scan every person and movement, so
// they are computed at most once per few seconds per instance: callers at the same moment share one computation
// (`computedAt` says when).
import { z } from 'zod';
import { overview } from '../../../../app/stats/overview.ts';
import type { ApiRoutes } from '../api.ts';
import { Iso } from '../schemas.ts';
import { sharedFigures } from '../shared-figures.ts';

const FRESH_MS = 5_000;

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
    computedAt: Iso,
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

type Figures = Awaited<ReturnType<typeof overview>> & { computedAt: string };

export const statsRoutes: ApiRoutes = (api, { app }) => {
  const figuresFor = sharedFigures(app.clock, FRESH_MS, async (days): Promise<Figures> => {
    const computedAt = app.clock.now().toISOString();
    return { ...(await overview(app, Number(days))), computedAt };
  });

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
    async (request) => figuresFor(String(request.query.days)),
  );
};
