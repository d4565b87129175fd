// 📊 Admin › 📈 Analytics: the week at a glance on a phone (funnel, activity, VIP, Stars, besitos, where people
// stop, retention), and Lucien's daily summary switched on or off for this admin.
import { digest, digestLines } from '../../../app/analytics/digest.ts';
import {
  isSubscribedToSummary,
  subscribeToSummary,
  unsubscribeFromSummary,
} from '../../../app/analytics/summary.ts';
import { zoneOf } from '../../../app/zone.ts';
import { localDate } from '../../../domain/calendar.ts';
import type { BotContext } from '../context.ts';
import { keyboard, type Screen, showScreen } from '../screen.ts';
import type { AdminModule } from './admin.ts';

async function analyticsScreen(ctx: BotContext): Promise<Screen> {
  const adminId = ctx.from!.id;
  const [figures, subscribed] = await Promise.all([
    digest(ctx.app, localDate(ctx.app.clock.now(), zoneOf(ctx.app, ctx.user))),
    isSubscribedToSummary(ctx.app, adminId),
  ]);
  return {
    text: [
      ...digestLines(ctx.t, figures),
      '',
      ctx.t(subscribed ? 'admin-analytics-summary-on' : 'admin-analytics-summary-off'),
    ].join('\n'),
    keyboard: keyboard(ctx, [
      [
        subscribed
          ? { label: ctx.t('admin-analytics-unsubscribe-button'), action: 'anlsum', args: ['off'] }
          : { label: ctx.t('admin-analytics-subscribe-button'), action: 'anlsum', args: ['on'] },
      ],
      [
        { label: ctx.t('admin-refresh-button'), action: 'anl' },
        { label: ctx.t('admin-analytics-back'), action: 'adm', args: ['stats'] },
      ],
    ]),
  };
}

export const adminAnalytics: AdminModule = {
  actions: {
    anl: async (ctx) => showScreen(ctx, await analyticsScreen(ctx)),
    anlsum: async (ctx, [to]) => {
      if (to === 'on') await subscribeToSummary(ctx.app, ctx.from!.id);
      else await unsubscribeFromSummary(ctx.app, ctx.from!.id);
      await showScreen(ctx, await analyticsScreen(ctx));
    },
  },
};
