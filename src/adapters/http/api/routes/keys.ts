// API keys (admins only): list with last use, make one (shown once), revoke.
import { z } from 'zod';
import { type ApiKey, apiKeys, createApiKey, revokeApiKey } from '../../../../app/access/api-keys.ts';
import { ROLES } from '../../../../domain/access.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { actorName, adminIdOf } from '../principal.ts';
import { IdParam, Iso, isoOrNull } from '../schemas.ts';

const Key = z
  .object({
    id: z.number().int(),
    name: z.string(),
    role: z.enum(ROLES),
    prefix: z.string(),
    createdBy: z.string(),
    createdAt: Iso,
    lastUsedAt: Iso.nullable(),
    revokedAt: Iso.nullable(),
  })
  .meta({ id: 'ApiKey' });

const shown = (k: ApiKey) => ({
  id: k.id,
  name: k.name,
  role: k.role,
  prefix: k.prefix,
  createdBy: k.createdBy,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: isoOrNull(k.lastUsedAt),
  revokedAt: isoOrNull(k.revokedAt),
});

export const keyRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/keys',
    {
      config: { role: 'admin' },
      schema: {
        summary: 'List API keys',
        tags: ['access'],
        response: { 200: z.object({ items: z.array(Key) }) },
      },
    },
    async () => ({ items: (await apiKeys(app)).map(shown) }),
  );

  api.post(
    '/keys',
    {
      config: { role: 'admin' },
      schema: {
        summary: 'Make an API key (the key is in this answer only)',
        tags: ['access'],
        body: z.object({ name: z.string().trim().min(1).max(64), role: z.enum(ROLES) }),
        response: { 201: z.object({ key: z.string(), apiKey: Key }) },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const made = await asCaller(request, () =>
        createApiKey(app, { ...request.body, createdBy: actorName(p), adminId: adminIdOf(p) }),
      );
      return reply.code(201).send({ key: made.key, apiKey: shown(made.apiKey) });
    },
  );

  api.delete(
    '/keys/:id',
    {
      config: { role: 'admin' },
      schema: { summary: 'Revoke an API key', tags: ['access'], params: IdParam, response: { 200: Key } },
    },
    async (request) => {
      const revoked = await asCaller(request, () =>
        revokeApiKey(app, request.params.id, adminIdOf(principalOf(request))),
      );
      if (!revoked) throw new HttpProblem(404, `no live API key ${request.params.id}`);
      return shown(revoked);
    },
  );
};
