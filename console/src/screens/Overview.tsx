// The community at a glance: people, activity, VIP, besitos and Stars, and how they moved day by day.
import { AreaChart, BarChart } from '@mantine/charts';
import { Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { Problem } from '../components/Problem.tsx';
import { type MessageKey, useI18n } from '../i18n.tsx';
import type { Overview } from '../types.ts';

const FIGURES: Array<[keyof Overview, MessageKey]> = [
  ['people', 'overview.people'],
  ['dau', 'overview.dau'],
  ['wau', 'overview.wau'],
  ['mau', 'overview.mau'],
  ['vipActive', 'overview.vip'],
  ['besitosIssued', 'overview.issued'],
  ['besitosSpent', 'overview.spent'],
  ['starsRevenue', 'overview.stars'],
];

export function OverviewScreen() {
  const { t, number } = useI18n();
  const overview = useQuery({
    queryKey: ['overview'],
    queryFn: () => api<Overview>('GET', '/stats/overview?days=30'),
  });
  if (overview.error) return <Problem error={overview.error} />;
  if (!overview.data) return <Loader />;
  const o = overview.data;
  const days = o.perDay.map((d) => ({ ...d, day: d.day.slice(5) }));
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {FIGURES.map(([field, label]) => (
          <Paper key={field} withBorder p="sm" radius="md" data-testid={`figure-${field}`}>
            <Text size="xs" c="dimmed">
              {t(label)}
            </Text>
            <Text fw={700} size="xl">
              {number(o[field] as number)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder p="sm" radius="md">
        <Title order={4} mb="sm">
          {t('overview.perDay')}
        </Title>
        <AreaChart
          h={240}
          data={days}
          dataKey="day"
          series={[
            { name: 'issued', label: t('overview.issued'), color: 'grape.6' },
            { name: 'spent', label: t('overview.spent'), color: 'teal.6' },
          ]}
          withLegend
        />
      </Paper>
      <Paper withBorder p="sm" radius="md">
        <Title order={4} mb="sm">
          {t('overview.starsPerDay')}
        </Title>
        <BarChart
          h={200}
          data={days}
          dataKey="day"
          series={[
            { name: 'stars', label: t('overview.stars'), color: 'yellow.6' },
            { name: 'newPeople', label: t('overview.newPeople'), color: 'blue.6' },
          ]}
          withLegend
        />
      </Paper>
    </Stack>
  );
}
