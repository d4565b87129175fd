// Broadcasts: the latest with their progress (sent of the audience, time left) and, for operators, pause,
// resume and cancel; a new one is written with its buttons and segment, whose audience size follows the
// conditions as they change. A paid broadcast shows its cost in Stars and needs its own confirmation.
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { paidBroadcastMaxStars } from '../../../src/domain/paid-broadcasts.ts';
import { api, newIdempotencyKey } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { useI18n } from '../i18n.tsx';
import { useCan } from '../session.tsx';
import type { Broadcast, BroadcastTarget, Segment } from '../types.ts';

const row = createColumnHelper<Broadcast>();
const TARGETS: BroadcastTarget[] = ['story', 'vip', 'shop'];

export function BroadcastsScreen() {
  const { t, date } = useI18n();
  const canOperate = useCan('operator');
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['broadcasts'],
    queryFn: () => api<{ items: Broadcast[] }>('GET', '/broadcasts?limit=20'),
    // Progress moves while one is sending.
    refetchInterval: (query) => (query.state.data?.items.some((b) => b.status === 'sending') ? 3000 : false),
  });
  const move = useMutation({
    mutationFn: ({ id, to }: { id: number; to: 'pause' | 'resume' | 'cancel' }) =>
      api('POST', `/broadcasts/${id}/${to}`),
    onSettled: () => client.invalidateQueries({ queryKey: ['broadcasts'] }),
  });
  const actions = (b: Broadcast) => {
    const moves: Array<['pause' | 'resume' | 'cancel', boolean]> = [
      ['pause', b.status === 'sending' || b.status === 'scheduled'],
      ['resume', b.status === 'paused'],
      ['cancel', ['scheduled', 'sending', 'paused'].includes(b.status)],
    ];
    return (
      <Group gap={4} wrap="nowrap">
        {moves
          .filter(([, allowed]) => allowed)
          .map(([to]) => (
            <Button
              key={to}
              size="compact-xs"
              variant="light"
              color={to === 'cancel' ? 'red' : undefined}
              onClick={() => move.mutate({ id: b.id, to })}
            >
              {t(to === 'cancel' ? 'common.cancel' : `broadcasts.${to}`)}
            </Button>
          ))}
      </Group>
    );
  };
  return (
    <Stack>
      {canOperate && <Compose />}
      <Title order={4}>{t('broadcasts.list')}</Title>
      <Problem error={list.error ?? move.error} />
      <DataTable
        data={list.data?.items ?? []}
        label="broadcasts"
        minWidth={640}
        columns={[
          row.accessor('id', { header: t('common.id') }),
          row.accessor('status', {
            header: t('common.status'),
            cell: (c) => <Badge variant="light">{t(`broadcasts.status.${c.row.original.status}`)}</Badge>,
          }),
          row.accessor((b) => b.text.slice(0, 50), { id: 'text', header: t('broadcasts.text') }),
          row.accessor('sendAt', { header: t('common.when'), cell: (c) => date(c.getValue()) }),
          row.display({
            id: 'progress',
            header: t('broadcasts.progress'),
            cell: (c) => {
              const { sent, audience } = c.row.original.counts;
              return (
                <Stack gap={2} miw={100}>
                  <Progress value={audience ? (100 * sent) / audience : 0} />
                  <Text size="xs">
                    {sent}/{audience}
                    {c.row.original.etaSeconds > 0 ? ` · ${c.row.original.etaSeconds} s` : ''}
                  </Text>
                </Stack>
              );
            },
          }),
          ...(canOperate
            ? [row.display({ id: 'actions', header: '', cell: (c) => actions(c.row.original) })]
            : []),
        ]}
      />
    </Stack>
  );
}

/** The query string of a segment, as GET /segments/preview reads it. */
function segmentQuery(segment: Segment): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(segment)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

function Compose() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [buttons, setButtons] = useState<BroadcastTarget[]>([]);
  const [vip, setVip] = useState<string>('any');
  const [languages, setLanguages] = useState<string[]>([]);
  const [minLevel, setMinLevel] = useState<number | string>('');
  const [inactiveDays, setInactiveDays] = useState<number | string>('');
  const [paid, setPaid] = useState(false);
  const [paidConfirmed, setPaidConfirmed] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const segment: Segment = {
    ...(vip !== 'any' ? { vip: vip === 'yes' } : {}),
    ...(languages.length ? { languages } : {}),
    ...(minLevel !== '' ? { minLevel: Number(minLevel) } : {}),
    ...(inactiveDays !== '' ? { inactiveDays: Number(inactiveDays) } : {}),
  };
  const [debounced] = useDebouncedValue(segment, 300);
  const preview = useQuery({
    queryKey: ['segment', debounced],
    queryFn: () => api<{ audience: number }>('GET', `/segments/preview?${segmentQuery(debounced)}`),
    placeholderData: keepPreviousData,
  });
  const send = useMutation({
    mutationFn: () =>
      api<Broadcast>('POST', '/broadcasts', {
        body: { message: { text, buttons: buttons.map((target) => ({ target })) }, segment, paid },
        idempotencyKey: key,
      }),
    onSuccess: () => {
      setKey(newIdempotencyKey());
      setText('');
      setPaidConfirmed(false);
      client.invalidateQueries({ queryKey: ['broadcasts'] });
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={4}>{t('broadcasts.compose')}</Title>
        <Textarea
          label={t('broadcasts.text')}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Checkbox.Group
          label={t('broadcasts.buttons')}
          value={buttons}
          onChange={(v) => setButtons(v as BroadcastTarget[])}
        >
          <Group mt={4}>
            {TARGETS.map((target) => (
              <Checkbox key={target} value={target} label={t(`broadcasts.button.${target}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Text fw={600} size="sm">
          {t('broadcasts.segment')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Select
            label={t('broadcasts.vip')}
            value={vip}
            onChange={(v) => setVip(v ?? 'any')}
            allowDeselect={false}
            data={[
              { value: 'any', label: t('broadcasts.any') },
              { value: 'yes', label: t('broadcasts.onlyVip') },
              { value: 'no', label: t('broadcasts.noVip') },
            ]}
          />
          <MultiSelect
            label={t('broadcasts.languages')}
            data={['es', 'en']}
            value={languages}
            onChange={setLanguages}
          />
          <NumberInput label={t('broadcasts.minLevel')} min={1} value={minLevel} onChange={setMinLevel} />
          <NumberInput
            label={t('broadcasts.inactiveDays')}
            min={1}
            value={inactiveDays}
            onChange={setInactiveDays}
          />
        </SimpleGrid>
        <Text data-testid="audience">{t('broadcasts.audience', { n: preview.data?.audience ?? '…' })}</Text>
        <Checkbox
          label={t('broadcasts.paid')}
          checked={paid}
          onChange={(e) => {
            setPaid(e.currentTarget.checked);
            setPaidConfirmed(false);
          }}
        />
        {paid && (
          <Alert color="yellow" title={t('broadcasts.paid')}>
            <Stack gap="xs">
              <Text size="sm">
                {t('broadcasts.paidWarning', {
                  stars: preview.data ? paidBroadcastMaxStars(preview.data.audience) : '…',
                  n: preview.data?.audience ?? '…',
                })}
              </Text>
              <Checkbox
                label={t('broadcasts.paidConfirm')}
                checked={paidConfirmed}
                onChange={(e) => setPaidConfirmed(e.currentTarget.checked)}
              />
            </Stack>
          </Alert>
        )}
        <Problem error={preview.error ?? send.error} />
        <Group>
          <Button
            onClick={() => send.mutate()}
            loading={send.isPending}
            disabled={!text.trim() || (paid && !paidConfirmed)}
          >
            {t('broadcasts.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
