// 🌟 Mis Besitos: balance, level and the way to the next one, badges, the latest movements with reasons in the
// user's language, how to earn more, and the doors to the daily gift, the shop and the backpack.
import { besitosSummary } from '../../../app/economy/summary.ts';
import { zoneOf } from '../../../app/zone.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen } from '../screen.ts';
import { backToHome } from './home.ts';

const BAR_WIDTH = 10;
/** Rewards shown under "how to earn", in this order (the welcome bonus is paid once and is not listed). */
const EARNING_REASONS = ['fragment', 'decision', 'daily_gift', 'mission', 'achievement', 'reaction'] as const;

export async function besitosScreen(ctx: BotContext): Promise<Screen> {
  const summary = await besitosSummary(ctx.app, ctx.user!.id);
  if (!summary) return { text: ctx.t('start-first'), keyboard: keyboard(ctx, [[backToHome(ctx)]]) };
  const { player, progress, badges, entries } = summary;
  const { user } = player;
  const date = new Intl.DateTimeFormat(ctx.locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zoneOf(ctx.app, user),
  });
  const lines = entries.map((e) =>
    ctx.t('besitos-line', {
      sign: e.amount > 0 ? '+' : '−',
      amount: Math.abs(e.amount),
      reason: reasonLabel(ctx, e.reason),
      date: date.format(e.createdAt),
    }),
  );
  const cost = progress.next - progress.floor;
  const text = [
    ctx.t('besitos-title'),
    ctx.t('besitos-balance', { balance: user.balance }),
    ctx.t('besitos-level', {
      level: progress.level,
      bar: progressBar(progress.into, cost),
      into: progress.into,
      cost,
    }),
    ctx.t('besitos-to-next', { missing: cost - progress.into, next: progress.level + 1 }),
    ctx.t('besitos-total', { total: user.totalEarned }),
    ...(badges.length
      ? [ctx.t('besitos-badges', { badges: badges.map((b) => ctx.t(b.name)).join(', ') })]
      : []),
    '',
    ctx.t('besitos-recent'),
    ...(lines.length ? lines : [ctx.t('besitos-none')]),
    '',
    ...howToEarn(ctx, player.isVip),
  ].join('\n');
  return {
    text,
    keyboard: keyboard(ctx, [
      [
        { label: ctx.t('besitos-daily-button'), action: 'daily' },
        { label: ctx.t('besitos-shop-button'), action: 'shop' },
      ],
      [{ label: ctx.t('besitos-backpack-button'), action: 'bag' }],
      [backToHome(ctx)],
    ]),
  };
}

/** The way back from the daily gift, the shop and the backpack. */
export function backToBesitos(ctx: BotContext) {
  return { label: ctx.t('besitos-back-button'), action: 'nav', args: ['besitos'] };
}

export function progressBar(into: number, cost: number, width = BAR_WIDTH): string {
  const filled = cost > 0 ? Math.min(width, Math.floor((into / cost) * width)) : 0;
  return '▰'.repeat(filled) + '▱'.repeat(width - filled);
}

function howToEarn(ctx: BotContext, isVip: boolean): string[] {
  const { rewards, daily_caps: caps, vip_multiplier: multiplier } = ctx.app.pack.economy;
  const lines = EARNING_REASONS.filter((reason) => rewards[reason] > 0).map((reason) => {
    const args = { label: reasonLabel(ctx, reason), amount: rewards[reason] };
    const cap = caps[reason];
    return cap ? ctx.t('besitos-earn-capped', { ...args, cap }) : ctx.t('besitos-earn-line', args);
  });
  const vip = ctx.t(isVip ? 'besitos-earn-vip-active' : 'besitos-earn-vip', {
    multiplier: new Intl.NumberFormat(ctx.locale).format(multiplier),
  });
  return [ctx.t('besitos-earn-title'), ...lines, vip];
}

export function reasonLabel(ctx: BotContext, reason: string): string {
  const key = `reason-${reason}`;
  return ctx.app.pack.locales.has(ctx.locale, key) ? ctx.t(key) : ctx.t('reason-other');
}
