// Console roles (admins only): who may sign in with which role; give or change a role, take it away.
import { z } from 'zod';
import { giveRole, roleHolders, takeRole } from '../../../../app/access/console-roles.ts';
import { ROLES } from '../../../../domain/access.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { actorName, adminIdOf } from '../principal.ts';
import { Iso, isoOrNull } from '../schemas.ts';

const Holder = z
  .object({
    telegramId: z.number().int(),
    role: z.enum(ROLES),
    grantedBy: z.string(),
    grantedAt: Iso.nullable(),
  })
  .meta({ id: 'RoleHolder' });
const Change = z.object({
  telegramId: z.number().int(),
  before: z.enum(ROLES).nullable(),
  after: z.enum(ROLES).nullable(),
});
const Params = z.object({ telegramId: z.coerce.number().int().positive() });

export const roleRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/roles',
    {
      config: { role: 'admin' },
      schema: {
        summary: 'Who may sign in to the console, with which role',
        tags: ['access'],
        response: { 200: z.object({ items: z.array(Holder) }) },
      },
    },
    async () => ({
      items: (await roleHolders(app)).map((h) => ({ ...h, grantedAt: isoOrNull(h.grantedAt) })),
    }),
  );

  api.put(
    '/roles/:telegramId',
    {
      config: { role: 'admin' },
      schema: {
        summary: 'Give a Telegram person a console role (or change it)',
        tags: ['access'],
        params: Params,
        body: z.object({ role: z.enum(ROLES) }),
        response: { 200: Change },
      },
    },
    async (request) => {
      const p = principalOf(request);
      const { telegramId } = request.params;
      const change = await asCaller(request, () =>
        giveRole(app, { telegramId, role: request.body.role, by: actorName(p), adminId: adminIdOf(p) }),
      );
      if (!change.ok)
        throw new HttpProblem(409, `${telegramId} is an admin by ADMIN_TELEGRAM_IDS; change it there`);
      return { telegramId, before: change.before, after: change.after };
    },
  );

  api.delete(
    '/roles/:telegramId',
    {
      config: { role: 'admin' },
      schema: {
        summary: "Take a person's console role away",
        tags: ['access'],
        params: Params,
        response: { 200: Change },
      },
    },
    async (request) => {
      const { telegramId } = request.params;
      const change = await asCaller(request, () =>
        takeRole(app, telegramId, adminIdOf(principalOf(request))),
      );
      if (!change.ok)
        throw new HttpProblem(
          change.reason === 'configured_admin' ? 409 : 404,
          change.reason === 'configured_admin'
            ? `${telegramId} is an admin by ADMIN_TELEGRAM_IDS; change it there`
            : `${telegramId} has no console role`,
        );
      return { telegramId, before: change.before, after: change.after };
    },
  );
};
