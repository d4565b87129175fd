// How far the story reached: the map with its figures, then people per node, the split of each decision, the
// endings reached and the nodes where people stopped.
import { SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { percent, ShareBar } from '../../components/ShareBar.tsx';
import { ViewPanel } from '../../components/ViewPanel.tsx';
import { useI18n } from '../../i18n.tsx';
import type { StoryFigures, StoryGraph } from '../../types.ts';
import { StoryMap } from './StoryMap.tsx';

const node = createColumnHelper<StoryFigures['nodes'][number]>();
const choice = createColumnHelper<StoryFigures['choices'][number]>();

export function Story() {
  const { t, language, number } = useI18n();
  const figures = useQuery({
    queryKey: ['analytics', 'story'],
    queryFn: () => api<StoryFigures>('GET', '/analytics/story'),
  });
  const graph = useQuery({
    queryKey: ['analytics', 'story-map', language],
    queryFn: () => api<StoryGraph>('GET', `/analytics/story/map?language=${language}`),
  });
  const nodeColumns = (label: string) => [
    node.accessor('node', { header: t('analytics.node') }),
    node.accessor('people', { header: label, cell: (c) => number(c.getValue()) }),
  ];
  const list = (title: string, data: StoryFigures['nodes'], label: string, header: string) => (
    <div>
      <Text fw={600} mb="xs">
        {title}
      </Text>
      <DataTable data={data} label={label} minWidth={240} columns={nodeColumns(header)} />
    </div>
  );
  return (
    <ViewPanel
      title={t('analytics.story')}
      csv="/analytics/story"
      error={figures.error ?? graph.error}
      loading={figures.isPending || graph.isPending}
    >
      {graph.data && figures.data && <StoryMap graph={graph.data} figures={figures.data} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list(t('analytics.reach'), figures.data?.nodes ?? [], 'reach', t('overview.people'))}
        <div>
          <Text fw={600} mb="xs">
            {t('analytics.choices')}
          </Text>
          <DataTable
            data={figures.data?.choices ?? []}
            label="choices"
            minWidth={320}
            columns={[
              choice.accessor('node', { header: t('analytics.node') }),
              choice.accessor('choice', { header: t('analytics.choice') }),
              choice.accessor('share', {
                header: t('analytics.share'),
                cell: (c) => (
                  <ShareBar
                    label={`${percent(c.getValue())} (${number(c.row.original.people)})`}
                    share={c.getValue()}
                  />
                ),
              }),
            ]}
          />
        </div>
        {list(t('analytics.endings'), figures.data?.endings ?? [], 'endings', t('overview.people'))}
        {list(t('analytics.dropoff'), figures.data?.dropoff ?? [], 'dropoff', t('analytics.stopped'))}
      </SimpleGrid>
    </ViewPanel>
  );
}
