// The funnel from /start to VIP: everyone who arrived, then per signup day or week (and language), with the
// conversion from each step to the next.
import { BarChart } from '@mantine/charts';
import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { percent, ShareBar } from '../../components/ShareBar.tsx';
import { ViewPanel } from '../../components/ViewPanel.tsx';
import { useI18n } from '../../i18n.tsx';
import { FUNNEL_STEPS, type FunnelCohort, type FunnelStep } from '../../types.ts';
import { CohortControls, cohortPath, useCohortQuery } from './cohorts.tsx';

type Step = { step: FunnelStep; people: number; conversion: number };
const step = createColumnHelper<Step & { label: string }>();
const cohort = createColumnHelper<FunnelCohort>();

export function Funnel() {
  const { t, number } = useI18n();
  const [query, setQuery] = useCohortQuery();
  const funnel = useQuery({
    queryKey: ['analytics', 'funnel'],
    queryFn: () => api<{ steps: Step[] }>('GET', '/analytics/funnel'),
  });
  const cohortsPath = cohortPath('/analytics/funnel/cohorts', query);
  const cohorts = useQuery({
    queryKey: ['analytics', cohortsPath],
    queryFn: () => api<{ cohorts: FunnelCohort[] }>('GET', cohortsPath),
  });
  const steps = funnel.data?.steps.map((s) => ({ ...s, label: t(`analytics.step.${s.step}`) })) ?? [];
  /** People at a step, with the share of the step before who got there. */
  const stepCell = (s: FunnelStep, row: FunnelCohort) =>
    s === 'started' ? number(row.started) : `${number(row[s])} · ${percent(row[`${s}Conversion`])}`;
  return (
    <Stack>
      <ViewPanel
        title={t('analytics.funnel')}
        csv="/analytics/funnel"
        error={funnel.error}
        loading={funnel.isPending}
      >
        <BarChart
          h={200}
          data={steps}
          dataKey="label"
          yAxisProps={{ allowDecimals: false }}
          series={[{ name: 'people', label: t('overview.people'), color: 'grape.6' }]}
        />
        <DataTable
          data={steps}
          label="funnel"
          minWidth={320}
          columns={[
            step.accessor('label', { header: t('analytics.step') }),
            step.accessor('people', { header: t('overview.people'), cell: (c) => number(c.getValue()) }),
            step.accessor('conversion', {
              header: t('analytics.conversion'),
              cell: (c) => <ShareBar label={percent(c.getValue())} share={c.getValue()} />,
            }),
          ]}
        />
      </ViewPanel>
      <ViewPanel
        title={t('analytics.funnelCohorts')}
        csv={cohortsPath}
        error={cohorts.error}
        loading={cohorts.isPending}
        controls={<CohortControls value={query} onChange={setQuery} />}
      >
        <DataTable
          data={cohorts.data?.cohorts ?? []}
          label="funnel-cohorts"
          minWidth={720}
          columns={[
            cohort.accessor('cohort', { header: t('analytics.cohort') }),
            ...(query.split === 'language'
              ? [cohort.accessor('language', { header: t('analytics.language') })]
              : []),
            ...FUNNEL_STEPS.map((s) =>
              cohort.accessor(s, {
                header: t(`analytics.step.${s}`),
                cell: (c) => stepCell(s, c.row.original),
              }),
            ),
          ]}
        />
      </ViewPanel>
    </Stack>
  );
}
