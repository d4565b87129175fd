// 🌟 Mis Besitos: balance and the latest movements of the ledger, with reasons in the user's language.
import { besitosSummary } from '../../../app/users.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen } from '../screen.ts';
import { backToHome } from './home.ts';

export async function besitosScreen(ctx: BotContext): Promise<Screen> {
  const summary = await besitosSummary(ctx.app, ctx.user!.id);
  const user = summary?.user ?? ctx.user!;
  const date = new Intl.DateTimeFormat(ctx.locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: user.timeZone ?? ctx.app.timeZone,
  });
  const lines = (summary?.entries ?? []).map((e) =>
    ctx.t('besitos-line', {
      sign: e.amount > 0 ? '+' : '−',
      amount: Math.abs(e.amount),
      reason: reasonLabel(ctx, e.reason),
      date: date.format(e.createdAt),
    }),
  );
  const text = [
    ctx.t('besitos-title'),
    ctx.t('besitos-balance', { balance: user.balance }),
    ctx.t('besitos-total', { total: user.totalEarned }),
    '',
    ctx.t('besitos-recent'),
    ...(lines.length ? lines : [ctx.t('besitos-none')]),
  ].join('\n');
  return { text, keyboard: keyboard(ctx, [[backToHome(ctx)]]) };
}

function reasonLabel(ctx: BotContext, reason: string): string {
  const key = `reason-${reason}`;
  return ctx.app.pack.locales.has(ctx.locale, key) ? ctx.t(key) : ctx.t('reason-other');
}
