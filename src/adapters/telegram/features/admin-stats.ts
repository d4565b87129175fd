// 📊 Admin › Economy: besitos issued, spent, revoked and in circulation, the top earners, the last 7 days.
import { economyStats } from '../../../app/economy/stats.ts';
import { keyboard } from '../screen.ts';
import type { AdminModule } from './admin.ts';
import { backToAdmin } from './admin.ts';
import { displayName } from './admin-users.ts';

export const adminStats: AdminModule = {
  section: {
    id: 'stats',
    label: 'admin-section-stats',
    screen: async (ctx) => {
      const { totals, top, volume } = await economyStats(ctx.app);
      const text = [
        ctx.t('admin-stats', { ...totals }),
        '',
        ctx.t('admin-stats-top'),
        ...(top.length
          ? top.map((u, i) =>
              ctx.t('admin-stats-top-line', {
                rank: i + 1,
                name: displayName({ id: u.userId, firstName: u.firstName, username: u.username }),
                total: u.totalEarned,
                balance: u.balance,
              }),
            )
          : [ctx.t('admin-stats-none')]),
        '',
        ctx.t('admin-stats-volume', { days: volume.length }),
        ...volume.map((v) => ctx.t('admin-stats-volume-line', { ...v })),
      ].join('\n');
      return {
        text,
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-refresh-button'), action: 'adm', args: ['stats'] }],
          [backToAdmin(ctx)],
        ]),
      };
    },
  },
};
