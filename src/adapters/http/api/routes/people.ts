// People: search (id, @username or part of a name, a page at a time), a person's card, and besitos granted or
// revoked by hand (with a reason, an Idempotency-Key, audited) through the same use-cases as /admin.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  type AppliedAdjustment,
  adjustBalance,
  appliedAdjustment,
  userCard,
} from '../../../../app/economy/admin.ts';
import { searchPeople } from '../../../../app/users.ts';
import { MAX_ADJUSTMENT } from '../../../../domain/admin-input.ts';
import { ledgerKeys } from '../../../../domain/economy/ledger.ts';
import type { PersonSummary } from '../../../db/repositories/users.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { callerScope, IdempotencyHeaders } from '../idempotency.ts';
import { adminIdOf } from '../principal.ts';
import { Cursor, encodeCursor, IdParam, Iso, isoOrNull, Limit, Person, page } from '../schemas.ts';

export const personOf = (u: PersonSummary) => ({
  id: u.id,
  firstName: u.firstName,
  lastName: u.lastName,
  username: u.username,
  language: u.language,
  balance: u.balance,
  vipUntil: isoOrNull(u.vipUntil),
  createdAt: u.createdAt.toISOString(),
});

const Card = z
  .object({
    person: Person,
    totalEarned: z.number().int(),
    level: z.number().int(),
    isVip: z.boolean(),
    story: z.object({ node: z.string(), chapter: z.string() }).nullable(),
    inventory: z.array(z.object({ item: z.string(), count: z.number().int() })),
    recentLedger: z.array(
      z.object({
        amount: z.number().int(),
        reason: z.string(),
        ref: z.string().nullable(),
        balanceAfter: z.number().int(),
        createdAt: Iso,
      }),
    ),
  })
  .meta({ id: 'PersonCard' });

const Books = z.object({ balance: z.number().int(), totalEarned: z.number().int() });
const Adjustment = z
  .object({
    auditId: z.number().int(),
    userId: z.number().int(),
    amount: z.number().int(),
    reason: z.string(),
    before: Books,
    after: Books,
  })
  .meta({ id: 'BesitosAdjustment' });

export const peopleRoutes: ApiRoutes = (api, { app }) => {
  api.get(
    '/users',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'Search people by id, @username or name',
        tags: ['people'],
        querystring: z.object({
          q: z.string().trim().min(1).max(64),
          cursor: Cursor.optional(),
          limit: Limit,
        }),
        response: { 200: page(Person) },
      },
    },
    async (request) => {
      const { q, cursor, limit } = request.query;
      const { people, more } = await searchPeople(app, q, cursor, limit);
      const last = people.at(-1);
      return { items: people.map(personOf), next: more && last ? encodeCursor(last.id) : null };
    },
  );

  api.get(
    '/users/:id',
    {
      config: { role: 'viewer' },
      schema: { summary: "A person's card", tags: ['people'], params: IdParam, response: { 200: Card } },
    },
    async (request) => {
      const card = await userCard(app, request.params.id, 10);
      if (!card) throw new HttpProblem(404, `no person with id ${request.params.id}`);
      const { player } = card;
      return {
        person: personOf(player.user),
        totalEarned: player.user.totalEarned,
        level: player.level,
        isVip: player.isVip,
        story: card.story,
        inventory: [...player.items].map(([item, count]) => ({ item, count })),
        recentLedger: card.recent.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
      };
    },
  );

  api.post(
    '/users/:id/besitos',
    {
      config: { role: 'operator' },
      schema: {
        summary: 'Grant (amount > 0) or revoke (amount < 0) besitos, with a reason',
        description:
          'Audited. Idempotency-Key is required: the same key again answers as the first time and moves nothing. A revoke that would leave the balance below zero is refused (409).',
        tags: ['people'],
        params: IdParam,
        headers: IdempotencyHeaders,
        body: z.object({
          amount: z
            .number()
            .int()
            .min(-MAX_ADJUSTMENT)
            .max(MAX_ADJUSTMENT)
            .refine((n) => n !== 0, 'not zero'),
          reason: z.string().trim().min(3).max(200),
        }),
        response: { 200: Adjustment },
      },
    },
    async (request, reply) => {
      const p = principalOf(request);
      const userId = request.params.id;
      const { amount, reason } = request.body;
      const key = ledgerKeys.api(callerScope(p), request.headers['idempotency-key']);
      const result = await asCaller(request, () =>
        adjustBalance(app, { adminId: adminIdOf(p), userId, amount, reason, key }),
      );
      if (result.ok) return { ...result, reason };
      if (result.reason === 'unknown_user') throw new HttpProblem(404, `no person with id ${userId}`);
      if (result.reason === 'below_zero')
        throw new HttpProblem(
          409,
          `revoking ${result.amount} would leave the balance below zero (it is ${result.balance}); nothing changed`,
        );
      return replay(reply, await appliedAdjustment(app, key), { userId, amount, reason });
    },
  );
};

function replay(
  reply: FastifyReply,
  first: AppliedAdjustment | undefined,
  asked: { userId: number; amount: number; reason: string },
) {
  if (!first) throw new HttpProblem(409, 'this Idempotency-Key was used for another request');
  if (first.userId !== asked.userId || first.amount !== asked.amount || first.reason !== asked.reason)
    throw new HttpProblem(
      422,
      'this Idempotency-Key was used for a different request; use a new key for a new request',
    );
  reply.header('idempotent-replayed', 'true');
  return first;
}
