// Analytics, one tab per view: the funnel, retention, the story (on its map), the economy, VIP and Stars
// revenue, each with its CSV. Figures come from rollup tables the server refreshes every minute.
import { Tabs } from '@mantine/core';
import { useI18n } from '../i18n.tsx';
import { Economy } from './analytics/Economy.tsx';
import { Funnel } from './analytics/Funnel.tsx';
import { Retention } from './analytics/Retention.tsx';
import { Revenue } from './analytics/Revenue.tsx';
import { Story } from './analytics/Story.tsx';
import { Vip } from './analytics/Vip.tsx';

const VIEWS = [
  { id: 'funnel', label: 'analytics.funnel', render: () => <Funnel /> },
  { id: 'retention', label: 'analytics.retention', render: () => <Retention /> },
  { id: 'story', label: 'analytics.story', render: () => <Story /> },
  { id: 'economy', label: 'analytics.economy', render: () => <Economy /> },
  { id: 'vip', label: 'analytics.vip', render: () => <Vip /> },
  { id: 'revenue', label: 'analytics.revenue', render: () => <Revenue /> },
] as const;

export function AnalyticsScreen() {
  const { t } = useI18n();
  return (
    <Tabs defaultValue="funnel" keepMounted={false}>
      <Tabs.List>
        {VIEWS.map((v) => (
          <Tabs.Tab key={v.id} value={v.id}>
            {t(v.label)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {VIEWS.map((v) => (
        <Tabs.Panel key={v.id} value={v.id} pt="md">
          {v.render()}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
