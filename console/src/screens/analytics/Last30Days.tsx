// A view over the last 30 days, read from its analytics path: its panel (title, CSV of the same view), the
// line that says which days it covers, and what the view draws from the answer; and the bars of its days.
import { BarChart, type BarChartSeries } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../../api.ts';
import { ViewPanel } from '../../components/ViewPanel.tsx';
import { useI18n } from '../../i18n.tsx';

export function Last30Days<View>({
  view,
  title,
  children,
}: {
  /** The path under /analytics. */
  view: string;
  title: string;
  children: (answer: View | undefined) => ReactNode;
}) {
  const { t } = useI18n();
  const answer = useQuery({
    queryKey: ['analytics', view],
    queryFn: () => api<View>('GET', `/analytics/${view}`),
  });
  return (
    <ViewPanel title={title} csv={`/analytics/${view}`} error={answer.error} loading={answer.isPending}>
      <Text size="sm" c="dimmed">
        {t('analytics.last30')}
      </Text>
      {children(answer.data)}
    </ViewPanel>
  );
}

/** One bar group per day (month-day under each), a bar per series. */
export function DayBars<Day extends { day: string }>({
  days,
  series,
  wholeNumbers = false,
}: {
  days: Day[];
  series: BarChartSeries[];
  wholeNumbers?: boolean;
}) {
  return (
    <BarChart
      h={180}
      data={days.map((d) => ({ ...d, day: d.day.slice(5) }))}
      dataKey="day"
      {...(wholeNumbers ? { yAxisProps: { allowDecimals: false } } : {})}
      series={series}
      withLegend
    />
  );
}
