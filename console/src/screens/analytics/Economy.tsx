// The economy over the last 30 days: besitos issued by reason and spent by item (totals, largest first), and
// how many people hold each range of balance today.
import { SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { api } from '../../api.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { percent, ShareBar } from '../../components/ShareBar.tsx';
import { ViewPanel } from '../../components/ViewPanel.tsx';
import { useI18n } from '../../i18n.tsx';
import type { Economy as EconomyView } from '../../types.ts';

type Total = { key: string; besitos: number; times: number; share: number };
const total = createColumnHelper<Total>();
type Bucket = EconomyView['balances'][number] & { share: number };
const bucket = createColumnHelper<Bucket>();

/** The days' rows summed per key, largest first, each with its share of the whole. */
function totals(rows: Array<{ key: string; besitos: number; times: number }>): Total[] {
  const byKey = new Map<string, Total>();
  for (const r of rows) {
    const t = byKey.get(r.key) ?? { key: r.key, besitos: 0, times: 0, share: 0 };
    t.besitos += r.besitos;
    t.times += r.times;
    byKey.set(r.key, t);
  }
  const all = [...byKey.values()].reduce((s, t) => s + t.besitos, 0);
  return [...byKey.values()]
    .map((t) => ({ ...t, share: all > 0 ? t.besitos / all : 0 }))
    .sort((a, b) => b.besitos - a.besitos);
}

export function Economy() {
  const { t, number } = useI18n();
  const economy = useQuery({
    queryKey: ['analytics', 'economy'],
    queryFn: () => api<EconomyView>('GET', '/analytics/economy'),
  });
  const issued = totals(economy.data?.issued.map((d) => ({ ...d, key: d.reason })) ?? []);
  const spent = totals(economy.data?.spent.map((d) => ({ ...d, key: d.item })) ?? []);
  const balances = economy.data?.balances ?? [];
  const people = balances.reduce((s, b) => s + b.people, 0);
  const sumColumns = (keyHeader: string) => [
    total.accessor('key', { header: keyHeader }),
    total.accessor('besitos', {
      header: t('analytics.besitos'),
      cell: (c) => <ShareBar label={number(c.getValue())} share={c.row.original.share} />,
    }),
    total.accessor('times', { header: t('analytics.times'), cell: (c) => number(c.getValue()) }),
  ];
  return (
    <ViewPanel
      title={t('analytics.economy')}
      csv="/analytics/economy"
      error={economy.error}
      loading={economy.isPending}
    >
      <Text size="sm" c="dimmed">
        {t('analytics.last30')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <div>
          <Text fw={600} mb="xs">
            {t('analytics.issued')}
          </Text>
          <DataTable data={issued} label="issued" minWidth={300} columns={sumColumns(t('common.reason'))} />
        </div>
        <div>
          <Text fw={600} mb="xs">
            {t('analytics.spent')}
          </Text>
          <DataTable data={spent} label="spent" minWidth={300} columns={sumColumns(t('analytics.item'))} />
        </div>
      </SimpleGrid>
      <Text fw={600}>{t('analytics.balances')}</Text>
      <DataTable
        data={balances.map((b) => ({ ...b, share: people > 0 ? b.people / people : 0 }))}
        label="balances"
        minWidth={300}
        columns={[
          bucket.display({
            id: 'range',
            header: t('analytics.balance'),
            cell: (c) => {
              const { from, below } = c.row.original;
              return below === null ? `≥ ${number(from)}` : `${number(from)} – ${number(below - 1)}`;
            },
          }),
          bucket.accessor('people', {
            header: t('overview.people'),
            cell: (c) => (
              <ShareBar
                label={`${number(c.getValue())} · ${percent(c.row.original.share)}`}
                share={c.row.original.share}
                color="teal"
              />
            ),
          }),
        ]}
      />
    </ViewPanel>
  );
}
