// Telegram Stars payments: the latest, and a refund (Telegram gives the Stars back, then the payment's VIP time
// is taken back, once; audited) through the same use-case as /admin.
import { z } from 'zod';
import { listPayments, paymentById, refundStarPayment } from '../../../../app/vip/payments.ts';
import type { StarPayment } from '../../../db/repositories/star-payments.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { adminIdOf } from '../principal.ts';
import { IdParam, Iso, isoOrNull, Limit } from '../schemas.ts';

const Payment = z
  .object({
    id: z.number().int(),
    chargeId: z.string(),
    userId: z.number().int(),
    payerName: z.string().nullable(),
    planId: z.string(),
    stars: z.number().int(),
    createdAt: Iso,
    refundedAt: Iso.nullable(),
  })
  .meta({ id: 'StarPayment' });

const paymentOf = (p: StarPayment, payerName: string | null = null) => ({
  id: p.id,
  chargeId: p.chargeId,
  userId: p.userId,
  payerName,
  planId: p.planId,
  stars: p.amount,
  createdAt: p.createdAt.toISOString(),
  refundedAt: isoOrNull(p.refundedAt),
});

export const paymentRoutes: ApiRoutes = (api, deps) => {
  const { app } = deps;
  api.get(
    '/payments',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'The latest Stars payments',
        tags: ['payments'],
        querystring: z.object({ limit: Limit }),
        response: { 200: z.object({ items: z.array(Payment) }) },
      },
    },
    async (request) => ({
      items: (await listPayments(app, request.query.limit)).map((p) =>
        paymentOf(p, p.payer?.firstName ?? null),
      ),
    }),
  );

  api.post(
    '/payments/:id/refund',
    {
      config: { role: 'operator' },
      schema: {
        summary: "Refund a payment: the Stars go back and the payment's VIP time is taken back",
        tags: ['payments'],
        params: IdParam,
        response: { 200: z.object({ payment: Payment, vipUntil: Iso.nullable() }) },
      },
    },
    async (request) => {
      const refund = deps.refund;
      if (!refund) throw new HttpProblem(503, 'refunds need the bot, which is not running');
      const payment = await paymentById(app, request.params.id);
      if (!payment) throw new HttpProblem(404, `no payment ${request.params.id}`);
      const outcome = await asCaller(request, () =>
        refundStarPayment(app, adminIdOf(principalOf(request)), payment.chargeId, refund),
      );
      if (outcome.ok) return { payment: paymentOf(outcome.payment), vipUntil: isoOrNull(outcome.vipUntil) };
      if (outcome.reason === 'already_refunded')
        throw new HttpProblem(409, 'the payment was already refunded');
      if (outcome.reason === 'telegram_refused')
        throw new HttpProblem(409, 'Telegram does not know this charge; nothing was changed');
      throw new HttpProblem(404, `no payment ${request.params.id}`);
    },
  );
};
