// VIP by hand and its tokens: who is VIP, grant or extend days (reason, Idempotency-Key), revoke; tokens made,
// listed and revoked. The same use-cases as /admin, audited.
import { z } from 'zod';
import { adminGrantVip, adminRevokeVip, vipRoster } from '../../../../app/vip/admin.ts';
import { createToken, listTokens, revokeToken } from '../../../../app/vip/tokens.ts';
import { tokenState } from '../../../../domain/vip.ts';
import { auditByRef } from '../../../db/repositories/audit.ts';
import type { VipToken } from '../../../db/repositories/vip.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { callerScope, IdempotencyHeaders } from '../idempotency.ts';
import { adminIdOf } from '../principal.ts';
import { IdParam, Iso, isoOrNull, Limit } from '../schemas.ts';

const VipChange = z
  .object({
    auditId: z.number().int(),
    userId: z.number().int(),
    days: z.number().int().nullable(),
    reason: z.string().nullable(),
    vipUntilBefore: Iso.nullable(),
    vipUntil: Iso.nullable(),
  })
  .meta({ id: 'VipChange' });

const Token = z
  .object({
    token: z.string(),
    planId: z.string(),
    state: z.enum(['unused', 'used', 'expired', 'revoked']),
    createdAt: Iso,
    expiresAt: Iso,
    redeemedBy: z.number().int().nullable(),
    redeemedAt: Iso.nullable(),
    revokedAt: Iso.nullable(),
  })
  .meta({ id: 'VipToken' });

export const vipRoutes: ApiRoutes = (api, { app }) => {
  const tokenOf = (t: VipToken) => ({
    token: t.token,
    planId: t.planId,
    state: tokenState(t, app.clock.now()),
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    redeemedBy: t.redeemedBy,
    redeemedAt: isoOrNull(t.redeemedAt),
    revokedAt: isoOrNull(t.revokedAt),
  });

  api.get(
    '/vip',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'People whose VIP is active, soonest to end first',
        description: 'With `expiringWithinDays`, only those whose VIP ends within that many days.',
        tags: ['vip'],
        querystring: z.object({
          limit: Limit,
          expiringWithinDays: z.coerce.number().int().min(1).max(365).optional(),
        }),
        response: {
          200: z.object({
            count: z.number().int(),
            items: z.array(
              z.object({
                id: z.number().int(),
                firstName: z.string(),
                username: z.string().nullable(),
                vipUntil: Iso,
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const roster = await vipRoster(app, request.query.limit, request.query.expiringWithinDays);
      return {
        count: roster.count,
        items: roster.vips.map((v) => ({ ...v, vipUntil: v.vipUntil.toISOString() })),
      };
    },
  );

  api.post(
    '/users/:id/vip',
    {
      config: { role: 'operator' },
      schema: {
        summary: 'Grant VIP days, or extend an active VIP',
        description:
          'Audited. The same Idempotency-Key again answers as the first time and grants nothing more.',
        tags: ['vip'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: z.object({
          days: z.number().int().min(1).max(3650),
          reason: z.string().trim().min(3).max(200),
        }),
        response: { 200: VipChange },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const userId = request.params.id;
      const key = `vip:api:${callerScope(p)}:${request.headers['idempotency-key']}`;
      const { days, reason } = request.body;
      const result = await asCaller(request, () =>
        adminGrantVip(app, { adminId: adminIdOf(p), user: { id: userId }, days, reason, key }),
      );
      if (result.ok)
        return {
          auditId: result.auditId,
          userId,
          days,
          reason,
          vipUntilBefore: isoOrNull(result.before),
          vipUntil: isoOrNull(result.after),
        };
      if (result.reason !== 'repeated') throw new HttpProblem(404, `no person with id ${userId}`);
      const first = (await auditByRef(app.db, key)).find((a) => a.action === 'vip-grant');
      if (
        !first ||
        first.targetUserId !== userId ||
        Number(first.after?.days) !== days ||
        first.reason !== reason
      )
        throw new HttpProblem(422, 'this Idempotency-Key was used for a different request; use a new key');
      reply.header('idempotent-replayed', 'true');
      return {
        auditId: first.id,
        userId,
        days,
        reason,
        vipUntilBefore: (first.before?.vipUntil as string | null) ?? null,
        vipUntil: (first.after?.vipUntil as string | null) ?? null,
      };
    },
  );

  api.delete(
    '/users/:id/vip',
    {
      config: { role: 'operator' },
      schema: {
        summary: "End a person's VIP now",
        tags: ['vip'],
        params: IdParam,
        response: { 200: VipChange },
      },
    },
    async (request) => {
      const userId = request.params.id;
      const result = await asCaller(request, () =>
        adminRevokeVip(app, adminIdOf(principalOf(request)), userId),
      );
      if (result.ok)
        return {
          auditId: result.auditId,
          userId,
          days: null,
          reason: null,
          vipUntilBefore: isoOrNull(result.before),
          vipUntil: isoOrNull(result.after),
        };
      if (result.reason === 'not_vip') throw new HttpProblem(409, `person ${userId} is not VIP`);
      throw new HttpProblem(404, `no person with id ${userId}`);
    },
  );

  api.get(
    '/vip/tokens',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'The latest VIP tokens',
        tags: ['vip'],
        querystring: z.object({ limit: Limit }),
        response: { 200: z.object({ items: z.array(Token) }) },
      },
    },
    async (request) => ({ items: (await listTokens(app, request.query.limit)).map(tokenOf) }),
  );

  api.get(
    '/vip/plans',
    {
      config: { role: 'viewer' },
      schema: {
        summary: "The content pack's VIP plans (what tokens and payments are for)",
        tags: ['vip'],
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), days: z.number().int(), stars: z.number().int() })),
          }),
        },
      },
    },
    async () => ({
      items: [...app.pack.vip.plans.values()].map((p) => ({ id: p.id, days: p.days, stars: p.price_stars })),
    }),
  );

  api.post(
    '/vip/tokens',
    {
      config: { role: 'operator' },
      schema: {
        summary: "Make a single-use VIP token for a plan of the content pack's",
        tags: ['vip'],
        body: z.object({ planId: z.string().min(1).max(64) }),
        response: { 201: Token },
      },
    },
    async (request, reply) => {
      const made = await asCaller(request, () =>
        createToken(app, adminIdOf(principalOf(request)), request.body.planId),
      );
      if (!made.ok)
        throw new HttpProblem(
          422,
          `no plan "${request.body.planId}"; plans: ${[...app.pack.vip.plans.keys()].join(', ')}`,
        );
      return reply.code(201).send(tokenOf(made.token));
    },
  );

  api.delete(
    '/vip/tokens/:token',
    {
      config: { role: 'operator' },
      schema: {
        summary: 'Revoke an unused VIP token',
        tags: ['vip'],
        params: z.object({ token: z.string().min(1).max(64) }),
        response: { 200: z.object({ token: z.string(), revoked: z.literal(true) }) },
      },
    },
    async (request) => {
      const { token } = request.params;
      const revoked = await asCaller(request, () => revokeToken(app, adminIdOf(principalOf(request)), token));
      if (!revoked) throw new HttpProblem(409, 'the token is unknown, used or already revoked');
      return { token, revoked: true as const };
    },
  );
};
