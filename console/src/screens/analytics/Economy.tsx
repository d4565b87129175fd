// The economy over the last 30 days: besitos issued by reason and spent by item (totals, largest first), and
// how many people hold each range of balance today.
import { SimpleGrid, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { DataTable } from '../../components/DataTable.tsx';
import { percent, ShareBar } from '../../components/ShareBar.tsx';
import { useI18n } from '../../i18n.tsx';
import type { Economy as EconomyView } from '../../types.ts';
import { Last30Days } from './Last30Days.tsx';

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
  const sumColumns = (keyHeader: string) => [
    total.accessor('key', { header: keyHeader }),
    total.accessor('besitos', {
      header: t('analytics.besitos'),
      cell: (c) => <ShareBar label={number(c.getValue())} share={c.row.original.share} />,
    }),
    total.accessor('times', { header: t('analytics.times'), cell: (c) => number(c.getValue()) }),
  ];
  return (
    <Last30Days<EconomyView> view="economy" title={t('analytics.economy')}>
      {(economy) => {
        const issued = totals(economy?.issued.map((d) => ({ ...d, key: d.reason })) ?? []);
        const spent = totals(economy?.spent.map((d) => ({ ...d, key: d.item })) ?? []);
        const balances = economy?.balances ?? [];
        const people = balances.reduce((s, b) => s + b.people, 0);
        return (
          <>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {[
                { label: 'issued', title: t('analytics.issued'), rows: issued, key: t('common.reason') },
                { label: 'spent', title: t('analytics.spent'), rows: spent, key: t('analytics.item') },
              ].map((table) => (
                <div key={table.label}>
                  <Text fw={600} mb="xs">
                    {table.title}
                  </Text>
                  <DataTable
                    data={table.rows}
                    label={table.label}
                    minWidth={300}
                    columns={sumColumns(table.key)}
                  />
                </div>
              ))}
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
          </>
        );
      }}
    </Last30Days>
  );
}
