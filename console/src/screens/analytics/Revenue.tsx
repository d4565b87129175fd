// Telegram Stars over the last 30 days: received, refunded and net, per day.
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n.tsx';
import type { RevenueDay } from '../../types.ts';
import { Figures } from './Figures.tsx';
import { DayBars, Last30Days } from './Last30Days.tsx';

const day = createColumnHelper<RevenueDay>();
const sum = (days: RevenueDay[], field: Exclude<keyof RevenueDay, 'day'>) =>
  days.reduce((s, d) => s + d[field], 0);

export function Revenue() {
  const { t, number } = useI18n();
  const amount = { cell: (c: { getValue: () => number }) => number(c.getValue()) };
  return (
    <Last30Days<{ days: RevenueDay[] }> view="revenue" title={t('analytics.revenue')}>
      {(answer) => {
        const days = answer?.days ?? [];
        // Newest first, and only the days with a payment or a refund.
        const paid = days.filter((d) => d.payments > 0 || d.refunded > 0).reverse();
        return (
          <>
            <Figures
              figures={[
                { id: 'stars-payments', label: t('analytics.payments'), value: sum(days, 'payments') },
                { id: 'stars-received', label: t('analytics.stars'), value: sum(days, 'stars') },
                { id: 'stars-refunded', label: t('analytics.refunded'), value: sum(days, 'refunded') },
                { id: 'stars-net', label: t('analytics.net'), value: sum(days, 'net') },
              ]}
            />
            <DayBars
              days={days}
              series={[
                { name: 'stars', label: t('analytics.stars'), color: 'yellow.6' },
                { name: 'refunded', label: t('analytics.refunded'), color: 'red.5' },
              ]}
            />
            <DataTable
              data={paid}
              label="revenue-days"
              minWidth={360}
              columns={[
                day.accessor('day', { header: t('analytics.day') }),
                day.accessor('payments', { header: t('analytics.payments'), ...amount }),
                day.accessor('stars', { header: t('analytics.stars'), ...amount }),
                day.accessor('refunded', { header: t('analytics.refunded'), ...amount }),
                day.accessor('net', { header: t('analytics.net'), ...amount }),
              ]}
            />
          </>
        );
      }}
    </Last30Days>
  );
}
