// Retention by signup cohort: of the people who arrived that day or week, how many came back on their day 1, 7
// and 30 (each in their own time zone).
import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { percent, ShareBar } from '../../components/ShareBar.tsx';
import { ViewPanel } from '../../components/ViewPanel.tsx';
import { useI18n } from '../../i18n.tsx';
import type { RetentionCohort } from '../../types.ts';
import { CohortControls, cohortPath, useCohortQuery } from './cohorts.tsx';

const row = createColumnHelper<RetentionCohort>();
const DAYS = [
  ['d1', 'd1Rate'],
  ['d7', 'd7Rate'],
  ['d30', 'd30Rate'],
] as const;

export function Retention() {
  const { t, number } = useI18n();
  const [query, setQuery] = useCohortQuery();
  const path = cohortPath('/analytics/retention', query);
  const retention = useQuery({
    queryKey: ['analytics', path],
    queryFn: () => api<{ cohorts: RetentionCohort[] }>('GET', path),
  });
  return (
    <ViewPanel
      title={t('analytics.retention')}
      csv={path}
      error={retention.error}
      loading={retention.isPending}
      controls={<CohortControls value={query} onChange={setQuery} />}
    >
      <Text size="sm" c="dimmed">
        {t('analytics.retentionHint')}
      </Text>
      <DataTable
        data={retention.data?.cohorts ?? []}
        label="retention"
        minWidth={520}
        columns={[
          row.accessor('cohort', { header: t('analytics.cohort') }),
          ...(query.split === 'language'
            ? [row.accessor('language', { header: t('analytics.language') })]
            : []),
          row.accessor('people', { header: t('overview.people'), cell: (c) => number(c.getValue()) }),
          ...DAYS.map(([day, rate]) =>
            row.accessor(rate, {
              header: day.toUpperCase(),
              cell: (c) => (
                <ShareBar
                  label={`${percent(c.getValue())} (${number(c.row.original[day])})`}
                  share={c.getValue()}
                  color="teal"
                />
              ),
            }),
          ),
        ]}
      />
    </ViewPanel>
  );
}
