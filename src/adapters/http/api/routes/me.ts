// GET /me: who the credentials belong to and what role they act with.
import { z } from 'zod';
import { ROLES } from '../../../../domain/access.ts';
import { type ApiRoutes, principalOf } from '../api.ts';
import { actorName } from '../principal.ts';

const Me = z
  .object({
    kind: z.enum(['key', 'person']),
    actor: z.string(),
    role: z.enum(ROLES),
    keyId: z.number().int().optional(),
    telegramId: z.number().int().optional(),
  })
  .meta({ id: 'Me' });

export const meRoutes: ApiRoutes = (api) => {
  api.get(
    '/me',
    {
      config: { role: 'viewer' },
      schema: { summary: 'Who am I', tags: ['access'], response: { 200: Me } },
    },
    async (request) => {
      const p = principalOf(request);
      return {
        kind: p.kind,
        actor: actorName(p),
        role: p.role,
        ...(p.kind === 'key' ? { keyId: p.keyId } : { telegramId: p.telegramId }),
      };
    },
  );
};
