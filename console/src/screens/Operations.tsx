// Operations (developers and admins): the event bus backlog, dead-lettered events and Telegram updates, and
// the scheduled jobs; each dead one can be sent back for another attempt.
import { Button, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { useI18n } from '../i18n.tsx';
import type { DeadLetters, Job, Page } from '../types.ts';

const deadEvent = createColumnHelper<DeadLetters['deadEvents'][number]>();
const deadUpdate = createColumnHelper<DeadLetters['deadUpdates'][number]>();
const job = createColumnHelper<Job>();
const STATUSES = ['pending', 'running', 'done', 'dead', 'cancelled'] as const;

export function OperationsScreen() {
  const { t, number, date } = useI18n();
  const client = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const letters = useQuery({
    queryKey: ['dead-letters'],
    queryFn: () => api<DeadLetters>('GET', '/dead-letters?limit=50'),
  });
  const jobs = useInfiniteQuery({
    queryKey: ['jobs', status],
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      api<Page<Job>>(
        'GET',
        `/jobs?limit=50${status ? `&status=${status}` : ''}${pageParam ? `&cursor=${pageParam}` : ''}`,
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const retry = useMutation({
    mutationFn: (path: string) => api('POST', path),
    onSettled: () =>
      client.invalidateQueries({
        predicate: (q) => ['dead-letters', 'jobs'].includes(String(q.queryKey[0])),
      }),
  });
  const retryButton = (path: string) => (
    <Button size="compact-xs" variant="light" onClick={() => retry.mutate(path)}>
      {t('common.retry')}
    </Button>
  );
  const d = letters.data;
  return (
    <Stack>
      <Problem error={letters.error ?? jobs.error ?? retry.error} />
      {d && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {[
            [t('ops.pending'), d.events.pending],
            [t('ops.dead'), d.events.dead],
            [t('ops.delivered'), d.events.done],
            [t('ops.updatesWaiting'), d.updates.waiting],
          ].map(([label, value]) => (
            <Paper key={String(label)} withBorder p="sm" radius="md">
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text fw={700}>{number(Number(value))}</Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Title order={4}>{t('ops.deadEvents')}</Title>
      <DataTable
        data={d?.deadEvents ?? []}
        columns={[
          deadEvent.accessor('id', { header: t('common.id') }),
          deadEvent.accessor('type', { header: t('ops.type') }),
          deadEvent.accessor('attempts', { header: t('ops.attempts') }),
          deadEvent.accessor('lastError', { header: t('ops.error') }),
          deadEvent.display({
            id: 'retry',
            header: '',
            cell: (c) => retryButton(`/dead-letters/events/${c.row.original.id}/retry`),
          }),
        ]}
      />
      <Title order={4}>{t('ops.deadUpdates')}</Title>
      <DataTable
        data={d?.deadUpdates ?? []}
        columns={[
          deadUpdate.accessor('updateId', { header: t('common.id') }),
          deadUpdate.accessor('attempts', { header: t('ops.attempts') }),
          deadUpdate.accessor('lastError', { header: t('ops.error') }),
          deadUpdate.display({
            id: 'retry',
            header: '',
            cell: (c) => retryButton(`/dead-letters/updates/${c.row.original.updateId}/retry`),
          }),
        ]}
      />
      <Title order={4}>{t('ops.jobs')}</Title>
      <Select
        w={220}
        placeholder={t('ops.allStatuses')}
        clearable
        value={status}
        onChange={setStatus}
        data={STATUSES.map((s) => ({ value: s, label: s }))}
        aria-label={t('common.status')}
      />
      <DataTable
        data={jobs.data?.pages.flatMap((p) => p.items) ?? []}
        label="jobs"
        minWidth={640}
        columns={[
          job.accessor('id', { header: t('common.id') }),
          job.accessor('kind', { header: t('ops.kind') }),
          job.accessor('status', { header: t('common.status') }),
          job.accessor('attempts', { header: t('ops.attempts') }),
          job.accessor('runAt', { header: t('ops.runAt'), cell: (c) => date(c.getValue()) }),
          job.accessor('lastError', { header: t('ops.error'), cell: (c) => c.getValue() ?? '—' }),
          job.display({
            id: 'retry',
            header: '',
            cell: (c) =>
              c.row.original.status === 'dead' ? retryButton(`/jobs/${c.row.original.id}/retry`) : null,
          }),
        ]}
      />
      {jobs.hasNextPage && (
        <Button variant="light" onClick={() => jobs.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
