// 📊 Admin › Economy: besitos issued, spent, revoked and in circulation, the top earners, the last 7 days, and
// the story experiments (people shown each variant and how many went on); 📈 opens the analytics.
import { economyStats } from '../../../app/economy/stats.ts';
import { variantFigures } from '../../db/repositories/experiments.ts';
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
      const experiments = await variantFigures(ctx.app.db);
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
        ...(experiments.length
          ? [
              '',
              ctx.t('admin-stats-experiments'),
              ...experiments.map((x) =>
                ctx.t('admin-stats-experiment-line', {
                  ...x,
                  percent: x.exposed ? Math.round((100 * x.converted) / x.exposed) : 0,
                }),
              ),
            ]
          : []),
      ].join('\n');
      return {
        text,
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-analytics-button'), action: 'anl' }],
          [{ label: ctx.t('admin-refresh-button'), action: 'adm', args: ['stats'] }],
          [backToAdmin(ctx)],
        ]),
      };
    },
  },
};
