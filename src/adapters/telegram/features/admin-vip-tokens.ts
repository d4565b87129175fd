// 🎟️ Admin › VIP › Tokens: the latest tokens (unused, used and by whom, expired, revoked), a new token for a
// plan shown as the deep link to share, and revoking an unused one. Generating and revoking are audited.
import { createToken, listTokens, revokeToken } from '../../../app/vip/tokens.ts';
import { tokenState, VIP_DEEP_LINK_PREFIX } from '../../../domain/vip.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { type AdminModule, listText } from './admin.ts';
import { backToVipAdmin } from './admin-vip.ts';
import { formatDate } from './vip.ts';

const SHOWN = 10;
const REVOKE_BUTTONS = 4;

async function tokensScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const tokens = await listTokens(ctx.app, SHOWN);
  const now = ctx.app.clock.now();
  const planName = (id: string) => {
    const plan = ctx.app.pack.vip.plans.get(id);
    return plan ? ctx.t(plan.name) : id;
  };
  const lines = tokens.map((t) =>
    ctx.t(`admin-token-${tokenState(t, now)}`, {
      token: t.token,
      plan: planName(t.planId),
      expires: formatDate(ctx, t.expiresAt),
      user: t.redeemedBy ?? '—',
    }),
  );
  const revocable = tokens.filter((t) => tokenState(t, now) === 'unused').slice(0, REVOKE_BUTTONS);
  return {
    text: listText(notice, ctx.t('admin-tokens-title', { count: SHOWN }), lines, ctx.t('admin-tokens-none')),
    keyboard: keyboard(ctx, [
      [{ label: ctx.t('admin-token-new-button'), action: 'avtnew' }],
      ...revocable.map((t) => [
        { label: ctx.t('admin-token-revoke-button', { token: t.token }), action: 'avtrv', args: [t.token] },
      ]),
      [backToVipAdmin(ctx)],
    ]),
  };
}

export const adminVipTokens: AdminModule = {
  actions: {
    avtok: async (ctx) => showScreen(ctx, await tokensScreen(ctx)),
    avtnew: async (ctx) => {
      const plans: ButtonSpec[][] = [...ctx.app.pack.vip.plans.values()].map((plan) => [
        {
          label: ctx.t('admin-token-plan-button', { name: ctx.t(plan.name), days: plan.days }),
          action: 'avtmk',
          args: [plan.id],
        },
      ]);
      await showScreen(ctx, {
        text: ctx.t('admin-token-choose-plan', { days: ctx.app.pack.vip.token_valid_days }),
        keyboard: keyboard(ctx, [...plans, [{ label: ctx.t('admin-cancel-button'), action: 'avtok' }]]),
      });
    },
    avtmk: async (ctx, [planId = '']) => {
      const created = await createToken(ctx.app, ctx.from!.id, planId);
      if (!created.ok) return ctx.t('vip-token-plan_gone');
      const link = `https://t.me/${ctx.me.username}?start=${VIP_DEEP_LINK_PREFIX}${created.token.token}`;
      await showScreen(ctx, {
        text: ctx.t('admin-token-created', {
          plan: ctx.t(created.plan.name),
          link,
          expires: formatDate(ctx, created.token.expiresAt),
        }),
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-token-new-button'), action: 'avtnew' }],
          [{ label: ctx.t('admin-vip-tokens-button'), action: 'avtok' }],
          [backToVipAdmin(ctx)],
        ]),
      });
      return ctx.t('admin-token-toast-created');
    },
    avtrv: async (ctx, [token = '']) => {
      const revoked = await revokeToken(ctx.app, ctx.from!.id, token);
      await showScreen(
        ctx,
        await tokensScreen(
          ctx,
          ctx.t(revoked ? 'admin-token-revoke-done' : 'admin-token-not-revocable', { token }),
        ),
      );
    },
  },
};
