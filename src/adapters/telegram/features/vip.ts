// 💎 VIP: status, days left, benefits and the plans; a plan's button sends a Telegram Stars invoice (XTR),
// the pre-checkout is answered at once, and the successful payment grants VIP. A token's deep link
// (/start vip_<token>) redeems it. The invitation to the VIP channel arrives from a background job.
import { Composer } from 'grammy';
import { isFlagOn } from '../../../app/flags.ts';
import { registerUser } from '../../../app/users.ts';
import { invitationFor } from '../../../app/vip/door.ts';
import { checkPreCheckout, recordStarPayment } from '../../../app/vip/payments.ts';
import { vipStatus } from '../../../app/vip/status.ts';
import { redeemToken } from '../../../app/vip/tokens.ts';
import { zoneOf } from '../../../app/zone.ts';
import type { Plan } from '../../../content/plans-schema.ts';
import { invoicePayload, tokenOfPayload } from '../../../domain/vip.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { gatewayOf } from '../gateway.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { backToHome } from './home.ts';

const MAX_INVOICE_DESCRIPTION = 255;

export function formatDate(ctx: BotContext, date: Date): string {
  return new Intl.DateTimeFormat(ctx.locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zoneOf(ctx.app, ctx.user),
  }).format(date);
}

export async function vipScreen(ctx: BotContext): Promise<Screen> {
  const status = await vipStatus(ctx.app, ctx.user!.id);
  if (!status) return { text: ctx.t('start-first'), keyboard: keyboard(ctx, [[backToHome(ctx)]]) };
  const lines = [ctx.t('vip-title')];
  if (status.isVip && status.until) {
    lines.push(ctx.t('vip-status-active', { until: formatDate(ctx, status.until), days: status.daysLeft }));
    if (status.invite)
      lines.push(ctx.t('vip-invite-waiting', { expires: formatDate(ctx, status.invite.expiresAt) }));
  } else {
    lines.push(ctx.t('vip-status-none'));
  }
  // With VIP sales switched off (feature flag vip_sales), the plans give way to a polite notice.
  const onSale = await salesOpen(ctx);
  const plans = onSale ? status.plans : [];
  for (const plan of plans) lines.push('', planText(ctx, plan));
  if (!onSale) lines.push('', ctx.t('vip-sales-paused'));
  lines.push('', ctx.t(status.isVip ? 'vip-renew-hint' : 'vip-token-hint'));
  const rows: ButtonSpec[][] = plans.map((plan) => [
    {
      label: ctx.t(status.isVip ? 'vip-renew-plan-button' : 'vip-buy-button', {
        name: ctx.t(plan.name),
        price: plan.price_stars,
      }),
      action: 'vipbuy',
      args: [plan.id],
    },
  ]);
  // Outside the VIP channel, a VIP can always ask for an invitation in their name.
  if (status.outside && !status.invite)
    rows.unshift([{ label: ctx.t('vip-invite-ask-button'), action: 'vipinvite', args: [] }]);
  const screen = { text: lines.join('\n'), keyboard: keyboard(ctx, [...rows, [backToHome(ctx)]]) };
  // The invitation is a link, not a signed button: it leads to the VIP channel's door.
  if (status.invite) screen.keyboard.row().url(ctx.t('vip-invite-button'), status.invite.inviteLink);
  return screen;
}

/** Whether VIP plans are on sale to the person behind this update (the vip_sales flag). */
function salesOpen(ctx: BotContext): Promise<boolean> {
  const person = ctx.user ?? { id: ctx.from?.id ?? 0, language: ctx.locale, vipUntil: null };
  return isFlagOn(ctx.app, 'vip_sales', person);
}

function planText(ctx: BotContext, plan: Plan): string {
  return [
    ctx.t('vip-plan-line', { name: ctx.t(plan.name), days: plan.days, price: plan.price_stars }),
    ctx.t(plan.benefits),
  ].join('\n');
}

/** `/start vip_<token>`: redeems the token and says what happened, in Lucien's words. */
export async function redeemFromDeepLink(ctx: BotContext, payload: string): Promise<void> {
  const token = tokenOfPayload(payload);
  if (token === undefined || !ctx.user) return;
  const result = await redeemToken(ctx.app, ctx.user.id, token);
  if (result.ok) {
    await ctx.reply(
      ctx.t('vip-token-redeemed', { plan: ctx.t(result.plan.name), until: formatDate(ctx, result.until) }),
    );
  } else {
    await ctx.reply(ctx.t(`vip-token-${result.reason}`));
  }
}

export function vipFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.use(
    actionComposer({
      vipinvite: async (ctx) => {
        const invite = await invitationFor(ctx.app, gatewayOf(ctx), ctx.user!.id);
        await showScreen(ctx, await vipScreen(ctx));
        return invite ? ctx.t('vip-invite-ready') : undefined;
      },
      vipbuy: async (ctx, [planId = '']) => {
        const plan = ctx.app.pack.vip.plans.get(planId);
        if (!plan) return ctx.t('vip-checkout-unknown_plan');
        if (!(await salesOpen(ctx))) {
          await showScreen(ctx, await vipScreen(ctx));
          return ctx.t('vip-checkout-paused');
        }
        await ctx.replyWithInvoice(
          ctx.t(plan.name).slice(0, 32),
          ctx.t(plan.benefits).slice(0, MAX_INVOICE_DESCRIPTION),
          invoicePayload(plan.id),
          'XTR',
          [{ label: ctx.t(plan.name), amount: plan.price_stars }],
        );
        return ctx.t('vip-invoice-sent');
      },
    }),
  );

  // Telegram waits 10 seconds for this answer: it only checks the plan and the price.
  composer.on('pre_checkout_query', async (ctx) => {
    const query = ctx.preCheckoutQuery;
    // An invoice sent before sales were switched off is declined before anything is charged.
    if (!(await salesOpen(ctx))) {
      await ctx.answerPreCheckoutQuery(false, { error_message: ctx.t('vip-checkout-paused') });
      return;
    }
    const refusal = checkPreCheckout(ctx.app, {
      payload: query.invoice_payload,
      currency: query.currency,
      total: query.total_amount,
    });
    await ctx.answerPreCheckoutQuery(
      refusal === undefined,
      refusal === undefined ? undefined : { error_message: ctx.t(`vip-checkout-${refusal}`) },
    );
  });

  composer.on('message:successful_payment', async (ctx) => {
    const payment = ctx.message.successful_payment;
    // Paying needs an invoice from the bot, so the payer is registered; if not (a wiped database), now.
    ctx.user ??= (
      await registerUser(
        ctx.app,
        {
          id: ctx.from.id,
          firstName: ctx.from.first_name,
          username: ctx.from.username,
          language: ctx.locale,
        },
        null,
      )
    ).user;
    const outcome = await recordStarPayment(ctx.app, {
      userId: ctx.from.id,
      chargeId: payment.telegram_payment_charge_id,
      providerChargeId: payment.provider_payment_charge_id || null,
      payload: payment.invoice_payload,
      currency: payment.currency,
      total: payment.total_amount,
    });
    if (!outcome.ok) {
      await ctx.reply(ctx.t('vip-paid-unknown-plan'));
      return;
    }
    // Recorded, but the grant failed: its job grants it shortly and tells the payer then.
    if (outcome.pending) {
      await ctx.reply(ctx.t('vip-paid-pending', { plan: ctx.t(outcome.plan.name) }));
      return;
    }
    // A redelivered payment changes nothing and says nothing twice.
    if (!outcome.fresh || !outcome.until) return;
    await ctx.reply(
      ctx.t('vip-paid', { plan: ctx.t(outcome.plan.name), until: formatDate(ctx, outcome.until) }),
    );
  });

  // Telegram's note of a refund in the chat: the admin's refund already took the VIP time back.
  composer.on('message:refunded_payment', () => undefined);
  return composer;
}
