// VIP over the last 30 days: members now, memberships started, renewed and ended (churn), and day by day.
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n.tsx';
import type { VipDay } from '../../types.ts';
import { Figures } from './Figures.tsx';
import { DayBars, Last30Days } from './Last30Days.tsx';

const day = createColumnHelper<VipDay>();
const sum = (days: VipDay[], field: 'started' | 'renewed' | 'ended') =>
  days.reduce((s, d) => s + d[field], 0);

export function Vip() {
  const { t } = useI18n();
  return (
    <Last30Days<{ days: VipDay[] }> view="vip" title={t('analytics.vip')}>
      {(answer) => {
        const days = answer?.days ?? [];
        // Newest first, and only the days when something changed.
        const moves = days.filter((d) => d.started + d.renewed + d.ended > 0).reverse();
        return (
          <>
            <Figures
              figures={[
                { id: 'vip-active', label: t('analytics.vipActive'), value: days.at(-1)?.active ?? 0 },
                { id: 'vip-new', label: t('analytics.vipNew'), value: sum(days, 'started') },
                { id: 'vip-renewed', label: t('analytics.vipRenewed'), value: sum(days, 'renewed') },
                { id: 'vip-churned', label: t('analytics.vipChurned'), value: sum(days, 'ended') },
              ]}
            />
            <DayBars
              days={days}
              wholeNumbers
              series={[
                { name: 'started', label: t('analytics.vipNew'), color: 'grape.6' },
                { name: 'ended', label: t('analytics.vipChurned'), color: 'red.5' },
              ]}
            />
            <DataTable
              data={moves}
              label="vip-days"
              minWidth={360}
              columns={[
                day.accessor('day', { header: t('analytics.day') }),
                day.accessor('started', { header: t('analytics.vipNew') }),
                day.accessor('renewed', { header: t('analytics.vipRenewed') }),
                day.accessor('ended', { header: t('analytics.vipChurned') }),
                day.accessor('active', { header: t('analytics.vipActive') }),
              ]}
            />
          </>
        );
      }}
    </Last30Days>
  );
}
