// ⭐ Admin › VIP › Payments: the latest Telegram Stars payments, and a refund (after a confirmation) that gives
// the Stars back through Telegram and takes that payment's VIP time back. Audited.
import {
  listPayments,
  paymentById,
  refundStarPayment,
  type TelegramRefund,
} from '../../../app/vip/payments.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { failureCode, telegramFailure } from '../telegram-errors.ts';
import { type AdminModule, listText } from './admin.ts';
import { displayName } from './admin-users.ts';
import { backToVipAdmin } from './admin-vip.ts';
import { formatDate } from './vip.ts';

const SHOWN = 10;
const REFUND_BUTTONS = 4;

async function paymentsScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const payments = await listPayments(ctx.app, SHOWN);
  const lines = payments.map((p) => {
    const plan = ctx.app.pack.vip.plans.get(p.planId);
    return ctx.t(p.refundedAt ? 'admin-payment-refunded-line' : 'admin-payment-line', {
      id: p.id,
      date: formatDate(ctx, p.createdAt),
      name: p.payer ? displayName(p.payer) : String(p.userId),
      plan: plan ? ctx.t(plan.name) : p.planId,
      stars: p.amount,
    });
  });
  const refundable = payments.filter((p) => !p.refundedAt).slice(0, REFUND_BUTTONS);
  return {
    text: listText(
      notice,
      ctx.t('admin-payments-title', { count: SHOWN }),
      lines,
      ctx.t('admin-payments-none'),
    ),
    keyboard: keyboard(ctx, [
      ...refundable.map((p) => [
        {
          label: ctx.t('admin-payment-refund-button', { id: p.id, stars: p.amount }),
          action: 'avrfq',
          args: [p.id],
        },
      ]),
      [backToVipAdmin(ctx)],
    ]),
  };
}

/**
 * refundStarPayment, with Telegram's refusals that mean "already done" or "no such charge" as values (the
 * admin API refunds through this one too).
 */
export function telegramRefund(api: Pick<BotContext['api'], 'refundStarPayment'>) {
  return async (userId: number, chargeId: string): Promise<TelegramRefund> => {
    try {
      await api.refundStarPayment(userId, chargeId);
      return 'refunded';
    } catch (error) {
      if (telegramFailure(error) === 'already_refunded') return 'already_refunded';
      if (failureCode(error) === 400) return 'unknown_charge';
      throw error;
    }
  };
}

export const adminVipPayments: AdminModule = {
  actions: {
    avpay: async (ctx) => showScreen(ctx, await paymentsScreen(ctx)),
    avrfq: async (ctx, [id = '']) => {
      const payment = await paymentById(ctx.app, Number(id));
      if (!payment || payment.refundedAt) return ctx.t('admin-refund-already_refunded');
      await showScreen(ctx, {
        text: ctx.t('admin-refund-confirm', { id: payment.id, stars: payment.amount, user: payment.userId }),
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-refund-yes'), action: 'avrf', args: [payment.id] }],
          [{ label: ctx.t('admin-cancel-button'), action: 'avpay' }],
        ]),
      });
    },
    avrf: async (ctx, [id = '']) => {
      const payment = await paymentById(ctx.app, Number(id));
      const result = payment
        ? await refundStarPayment(ctx.app, ctx.from!.id, payment.chargeId, telegramRefund(ctx.api))
        : ({ ok: false, reason: 'unknown' } as const);
      const notice = result.ok
        ? ctx.t('admin-refund-done', { id: result.payment.id, stars: result.payment.amount })
        : ctx.t(`admin-refund-${result.reason}`);
      await showScreen(ctx, await paymentsScreen(ctx, notice));
    },
  },
};
