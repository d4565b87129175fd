// The question both the funnel and retention ask: people grouped by signup day or week, and split by language
// or not.
import { Group, SegmentedControl, Switch } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n.tsx';

export interface CohortQuery {
  by: 'day' | 'week';
  split: 'none' | 'language';
}

export function useCohortQuery() {
  return useState<CohortQuery>({ by: 'week', split: 'none' });
}

export const cohortPath = (path: string, q: CohortQuery) => `${path}?by=${q.by}&split=${q.split}`;

export function CohortControls({
  value,
  onChange,
}: {
  value: CohortQuery;
  onChange: (q: CohortQuery) => void;
}) {
  const { t } = useI18n();
  return (
    <Group gap="md">
      <SegmentedControl
        size="xs"
        aria-label={t('analytics.cohortBy')}
        value={value.by}
        onChange={(by) => onChange({ ...value, by: by as CohortQuery['by'] })}
        data={[
          { value: 'day', label: t('analytics.byDay') },
          { value: 'week', label: t('analytics.byWeek') },
        ]}
      />
      <Switch
        size="sm"
        label={t('analytics.byLanguage')}
        checked={value.split === 'language'}
        onChange={(e) => onChange({ ...value, split: e.currentTarget.checked ? 'language' : 'none' })}
      />
    </Group>
  );
}
