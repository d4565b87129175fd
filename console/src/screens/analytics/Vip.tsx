// VIP over the last 30 days: members now, memberships started, renewed and ended (churn), and day by day.
import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { ViewPanel } from '../../components/ViewPanel.tsx';
import { useI18n } from '../../i18n.tsx';
import type { VipDay } from '../../types.ts';
import { Figures } from './Figures.tsx';

const day = createColumnHelper<VipDay>();
const sum = (days: VipDay[], field: 'started' | 'renewed' | 'ended') =>
  days.reduce((s, d) => s + d[field], 0);

export function Vip() {
  const { t } = useI18n();
  const vip = useQuery({
    queryKey: ['analytics', 'vip'],
    queryFn: () => api<{ days: VipDay[] }>('GET', '/analytics/vip'),
  });
  const days = vip.data?.days ?? [];
  // Newest first, and only the days when something changed.
  const moves = days.filter((d) => d.started + d.renewed + d.ended > 0).reverse();
  return (
    <ViewPanel title={t('analytics.vip')} csv="/analytics/vip" error={vip.error} loading={vip.isPending}>
      <Text size="sm" c="dimmed">
        {t('analytics.last30')}
      </Text>
      <Figures
        figures={[
          { id: 'vip-active', label: t('analytics.vipActive'), value: days.at(-1)?.active ?? 0 },
          { id: 'vip-new', label: t('analytics.vipNew'), value: sum(days, 'started') },
          { id: 'vip-renewed', label: t('analytics.vipRenewed'), value: sum(days, 'renewed') },
          { id: 'vip-churned', label: t('analytics.vipChurned'), value: sum(days, 'ended') },
        ]}
      />
      <BarChart
        h={180}
        data={days.map((d) => ({ ...d, day: d.day.slice(5) }))}
        dataKey="day"
        yAxisProps={{ allowDecimals: false }}
        series={[
          { name: 'started', label: t('analytics.vipNew'), color: 'grape.6' },
          { name: 'ended', label: t('analytics.vipChurned'), color: 'red.5' },
        ]}
        withLegend
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
    </ViewPanel>
  );
}
