// Telegram Stars over the last 30 days: received, refunded and net, per day.
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ViewPanel } from '../../components/ViewPanel.tsx';
import { useI18n } from '../../i18n.tsx';
import type { RevenueDay } from '../../types.ts';
import { Figures } from './Figures.tsx';

const day = createColumnHelper<RevenueDay>();
const sum = (days: RevenueDay[], field: Exclude<keyof RevenueDay, 'day'>) =>
  days.reduce((s, d) => s + d[field], 0);

export function Revenue() {
  const { t, number } = useI18n();
  const revenue = useQuery({
    queryKey: ['analytics', 'revenue'],
    queryFn: () => api<{ days: RevenueDay[] }>('GET', '/analytics/revenue'),
  });
  const days = revenue.data?.days ?? [];
  // Newest first, and only the days with a payment or a refund.
  const paid = days.filter((d) => d.payments > 0 || d.refunded > 0).reverse();
  return (
    <ViewPanel
      title={t('analytics.revenue')}
      csv="/analytics/revenue"
      error={revenue.error}
      loading={revenue.isPending}
    >
      <Text size="sm" c="dimmed">
        {t('analytics.last30')}
      </Text>
      <Figures
        figures={[
          { id: 'stars-payments', label: t('analytics.payments'), value: sum(days, 'payments') },
          { id: 'stars-received', label: t('analytics.stars'), value: sum(days, 'stars') },
          { id: 'stars-refunded', label: t('analytics.refunded'), value: sum(days, 'refunded') },
          { id: 'stars-net', label: t('analytics.net'), value: sum(days, 'net') },
        ]}
      />
      <BarChart
        h={180}
        data={days.map((d) => ({ ...d, day: d.day.slice(5) }))}
        dataKey="day"
        series={[
          { name: 'stars', label: t('analytics.stars'), color: 'yellow.6' },
          { name: 'refunded', label: t('analytics.refunded'), color: 'red.5' },
        ]}
        withLegend
      />
      <DataTable
        data={paid}
        label="revenue-days"
        minWidth={360}
        columns={[
          day.accessor('day', { header: t('analytics.day') }),
          day.accessor('payments', { header: t('analytics.payments'), cell: (c) => number(c.getValue()) }),
          day.accessor('stars', { header: t('analytics.stars'), cell: (c) => number(c.getValue()) }),
          day.accessor('refunded', { header: t('analytics.refunded'), cell: (c) => number(c.getValue()) }),
          day.accessor('net', { header: t('analytics.net'), cell: (c) => number(c.getValue()) }),
        ]}
      />
    </ViewPanel>
  );
}
