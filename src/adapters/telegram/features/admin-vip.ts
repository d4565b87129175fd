// 💎 Admin › VIP: who is VIP and until when, grant or extend days by hand ("@ana 30 contest prize"), revoke
// (after a confirmation), and the doors to tokens and Stars payments. Every change is audited.
import { type AdminVipResult, adminGrantVip, adminRevokeVip, vipRoster } from '../../../app/vip/admin.ts';
import { MAX_GRANT_DAYS, parseVipGrant } from '../../../domain/vip.ts';
import type { BotContext } from '../context.ts';
import { type ButtonSpec, keyboard, type Screen, showScreen } from '../screen.ts';
import { type AdminModule, awaitAnswer, backToAdmin, forgetQuestion, listText } from './admin.ts';
import { displayName } from './admin-users.ts';
import { formatDate } from './vip.ts';

const SHOWN = 10;
const REVOKE_BUTTONS = 6;

export function backToVipAdmin(ctx: BotContext): ButtonSpec {
  return { label: ctx.t('admin-vip-back'), action: 'adm', args: ['vip'] };
}

async function rosterScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const { count, vips } = await vipRoster(ctx.app, SHOWN);
  const lines = vips.map((v) =>
    ctx.t('admin-vip-line', { name: displayName(v), until: formatDate(ctx, v.vipUntil) }),
  );
  const revoke = vips.slice(0, REVOKE_BUTTONS).map((v) => ({
    label: ctx.t('admin-vip-revoke-button', { name: v.firstName }),
    action: 'avrv',
    args: [v.id],
  }));
  const rows: ButtonSpec[][] = [[{ label: ctx.t('admin-vip-grant-button'), action: 'avgr' }]];
  rows.push([
    { label: ctx.t('admin-vip-tokens-button'), action: 'avtok' },
    { label: ctx.t('admin-vip-payments-button'), action: 'avpay' },
  ]);
  for (let i = 0; i < revoke.length; i += 2) rows.push(revoke.slice(i, i + 2));
  rows.push([backToAdmin(ctx)]);
  return {
    text: listText(notice, ctx.t('admin-vip-title', { count }), lines, ctx.t('admin-vip-none')),
    keyboard: keyboard(ctx, rows),
  };
}

function outcomeNotice(ctx: BotContext, result: AdminVipResult, done: 'granted' | 'revoked'): string {
  if (!result.ok) return ctx.t(`admin-vip-${result.reason}`);
  const until = (d: Date | null) => (d ? formatDate(ctx, d) : ctx.t('admin-card-vip-none'));
  return ctx.t(`admin-vip-${done}`, {
    name: displayName(result.user),
    before: until(result.before),
    after: until(result.after),
    audit: result.auditId,
  });
}

export const adminVip: AdminModule = {
  section: { id: 'vip', label: 'admin-section-vip', screen: (ctx) => rosterScreen(ctx) },
  actions: {
    avgr: async (ctx) => {
      await awaitAnswer(ctx, 'vip-grant');
      await showScreen(ctx, {
        text: ctx.t('admin-vip-grant-prompt', { max: MAX_GRANT_DAYS }),
        keyboard: keyboard(ctx, [[{ label: ctx.t('admin-cancel-button'), action: 'adm', args: ['vip'] }]]),
      });
    },
    avrv: async (ctx, [userId = '']) => {
      const { vips } = await vipRoster(ctx.app, 1000);
      const vip = vips.find((v) => String(v.id) === userId);
      if (!vip) return ctx.t('admin-vip-not_vip');
      await showScreen(ctx, {
        text: ctx.t('admin-vip-revoke-confirm', {
          name: displayName(vip),
          until: formatDate(ctx, vip.vipUntil),
        }),
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-vip-revoke-yes'), action: 'avrvok', args: [vip.id] }],
          [backToVipAdmin(ctx)],
        ]),
      });
    },
    avrvok: async (ctx, [userId = '']) => {
      const result = await adminRevokeVip(ctx.app, ctx.from!.id, Number(userId));
      await showScreen(ctx, await rosterScreen(ctx, outcomeNotice(ctx, result, 'revoked')));
    },
  },
  replies: {
    'vip-grant': async (ctx, _session, text) => {
      const parsed = parseVipGrant(text);
      if (typeof parsed === 'string') {
        await ctx.reply(ctx.t(`admin-vip-bad-${parsed}`, { max: MAX_GRANT_DAYS }));
        return;
      }
      await forgetQuestion(ctx);
      const result = await adminGrantVip(ctx.app, {
        adminId: ctx.from!.id,
        ...parsed,
        key: `vip-admin:${ctx.from!.id}:${ctx.message!.message_id}`,
      });
      await showScreen(ctx, await rosterScreen(ctx, outcomeNotice(ctx, result, 'granted')));
    },
  },
};
