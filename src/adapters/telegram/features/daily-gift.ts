// 🎁 The daily gift, from Mis Besitos: what today's gift pays and the streak, a button to receive it, and when
// the next one will be ready. A second tap is answered kindly and pays nothing.
import type { Composer } from 'grammy';
import { claimDailyGift, type DailyGiftStatus, dailyGiftStatus } from '../../../app/economy/daily-gift.ts';
import { zoneOf } from '../../../app/zone.ts';
import { actionComposer } from '../actions.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import { backToBesitos } from './besitos.ts';

export function dailyGiftScreen(ctx: BotContext, status: DailyGiftStatus, notice?: string): Screen {
  const lines = [ctx.t('daily-title')];
  if (notice) lines.push(notice);
  if (status.streak > 0) lines.push(ctx.t('daily-streak', { streak: status.streak }));
  if (status.claimable) {
    lines.push(ctx.t('daily-available', { base: status.base, bonus: status.bonus }));
  } else {
    lines.push(ctx.t('daily-next', nextGiftArgs(ctx, status.nextAt)));
  }
  const rows = status.claimable ? [[{ label: ctx.t('daily-claim-button'), action: 'claim' }]] : [];
  return { text: lines.join('\n'), keyboard: keyboard(ctx, [...rows, [backToBesitos(ctx)]]) };
}

/** "at 00:00 (in 9 h 12 min)", in the user's zone and language. */
function nextGiftArgs(ctx: BotContext, nextAt: Date) {
  const zone = zoneOf(ctx.app, ctx.user!);
  const time = new Intl.DateTimeFormat(ctx.locale, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const minutes = Math.max(1, Math.ceil((nextAt.getTime() - ctx.app.clock.now().getTime()) / 60_000));
  return { time: time.format(nextAt), hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

export function dailyGiftFeature(): Composer<BotContext> {
  return actionComposer({
    daily: async (ctx) => {
      await showScreen(ctx, dailyGiftScreen(ctx, await dailyGiftStatus(ctx.app, ctx.user!)));
    },
    claim: async (ctx) => {
      const result = await claimDailyGift(ctx.app, ctx.user!.id);
      if (!result.claimed) {
        await showScreen(ctx, dailyGiftScreen(ctx, result.status, ctx.t('daily-already')));
        return ctx.t('daily-toast-already');
      }
      const notice = ctx.t('daily-claimed', { amount: result.amount, balance: result.balance });
      await showScreen(ctx, dailyGiftScreen(ctx, result.status, notice));
      return ctx.t('daily-toast-claimed', { amount: result.amount });
    },
  });
}
