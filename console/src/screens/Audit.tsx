// The audit log, newest first: filtered by who (actor), what (action), whom (target person) and when, a page
// at a time.
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { useI18n } from '../i18n.tsx';
import type { AuditEntry, Page } from '../types.ts';

const entry = createColumnHelper<AuditEntry>();
type Filters = { actor: string; action: string; target: string; from: string; to: string };
const EMPTY: Filters = { actor: '', action: '', target: '', from: '', to: '' };

function query(filters: Filters, cursor: string): string {
  const params = new URLSearchParams({ limit: '50' });
  for (const [name, value] of Object.entries(filters)) {
    if (!value) continue;
    // Date fields give a local day; the API takes an instant.
    params.set(name, name === 'from' || name === 'to' ? new Date(value).toISOString() : value);
  }
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

export function AuditScreen() {
  const { t, date } = useI18n();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const log = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: '',
    queryFn: ({ pageParam }) => api<Page<AuditEntry>>('GET', `/audit?${query(filters, pageParam)}`),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const field = (name: keyof Filters, label: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={draft[name]}
      onChange={(e) => setDraft({ ...draft, [name]: e.currentTarget.value })}
    />
  );
  return (
    <Stack>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          {field('actor', t('audit.actor'))}
          {field('action', t('audit.action'))}
          {field('target', t('audit.target'))}
          {field('from', t('audit.from'), 'date')}
          {field('to', t('audit.to'), 'date')}
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit">{t('audit.filter')}</Button>
        </Group>
      </form>
      <Problem error={log.error} />
      <DataTable
        data={log.data?.pages.flatMap((p) => p.items) ?? []}
        label="audit"
        minWidth={720}
        columns={[
          entry.accessor('createdAt', { header: t('common.when'), cell: (c) => date(c.getValue()) }),
          entry.accessor((e) => `${e.actor ?? '—'}${e.actorRole ? ` (${e.actorRole})` : ''}`, {
            id: 'actor',
            header: t('audit.actor'),
          }),
          entry.accessor('action', { header: t('audit.action') }),
          entry.accessor('targetUserId', { header: t('audit.target'), cell: (c) => c.getValue() ?? '—' }),
          entry.accessor('reason', { header: t('common.reason'), cell: (c) => c.getValue() ?? '—' }),
        ]}
      />
      {log.hasNextPage && (
        <Button variant="light" loading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
