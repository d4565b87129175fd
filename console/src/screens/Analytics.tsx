// Analytics: the funnel from /start to VIP, and how far the story reached (people per node, choices per
// decision).
import { BarChart } from '@mantine/charts';
import { Grid, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { useI18n } from '../i18n.tsx';

type Step = {
  step: 'started' | 'firstFragment' | 'firstDecision' | 'chapter2' | 'chapter3' | 'vip';
  people: number;
  conversion: number;
};
type Reach = {
  nodes: Array<{ node: string; people: number }>;
  choices: Array<{ node: string; choice: string; people: number; share: number }>;
};

const node = createColumnHelper<Reach['nodes'][number]>();
const choice = createColumnHelper<Reach['choices'][number]>();
const percent = (share: number) => `${Math.round(share * 100)} %`;

export function AnalyticsScreen() {
  const { t } = useI18n();
  const funnel = useQuery({
    queryKey: ['funnel'],
    queryFn: () => api<{ steps: Step[] }>('GET', '/analytics/funnel'),
  });
  const story = useQuery({ queryKey: ['story'], queryFn: () => api<Reach>('GET', '/analytics/story') });
  const steps = funnel.data?.steps.map((s) => ({ ...s, label: t(`analytics.step.${s.step}`) })) ?? [];
  return (
    <Stack>
      <Problem error={funnel.error ?? story.error} />
      <Paper withBorder p="sm" radius="md">
        <Title order={4} mb="sm">
          {t('analytics.funnel')}
        </Title>
        <BarChart
          h={220}
          data={steps}
          dataKey="label"
          series={[{ name: 'people', label: t('overview.people'), color: 'grape.6' }]}
        />
      </Paper>
      <Grid>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Title order={4} mb="sm">
            {t('analytics.reach')}
          </Title>
          <DataTable
            data={story.data?.nodes ?? []}
            minWidth={260}
            columns={[
              node.accessor('node', { header: t('analytics.node') }),
              node.accessor('people', { header: t('overview.people') }),
            ]}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Title order={4} mb="sm">
            {t('analytics.choices')}
          </Title>
          <DataTable
            data={story.data?.choices ?? []}
            minWidth={360}
            columns={[
              choice.accessor('node', { header: t('analytics.node') }),
              choice.accessor('choice', { header: t('analytics.choice') }),
              choice.accessor('people', { header: t('overview.people') }),
              choice.accessor('share', { header: t('analytics.share'), cell: (c) => percent(c.getValue()) }),
            ]}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
