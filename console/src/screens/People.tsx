// People: search by id, @username or name (a page at a time), and a person's card with balance, level, VIP,
// story position, inventory and recent ledger. Operators grant or revoke besitos with a reason and give, extend
// or end VIP; each form keeps its Idempotency-Key until it succeeds, so a retry never pays twice.
import { Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { api, newIdempotencyKey } from '../api.ts';
import { AmountAndReason } from '../components/AmountAndReason.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { useI18n } from '../i18n.tsx';
import { useCan } from '../session.tsx';
import type { Page, Person, PersonCard } from '../types.ts';

const person = createColumnHelper<Person>();
const ledger = createColumnHelper<PersonCard['recentLedger'][number]>();

export function PeopleScreen() {
  const { t, number, date } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<number>();
  const results = useInfiniteQuery({
    queryKey: ['people', q],
    enabled: q !== '',
    initialPageParam: '',
    queryFn: ({ pageParam }) =>
      api<Page<Person>>(
        'GET',
        `/users?q=${encodeURIComponent(q)}&limit=20${pageParam ? `&cursor=${pageParam}` : ''}`,
      ),
    getNextPageParam: (last) => last.next ?? undefined,
  });
  const people = results.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    person.accessor('id', { header: t('common.id') }),
    person.accessor((p) => [p.firstName, p.lastName].filter(Boolean).join(' '), {
      id: 'name',
      header: t('people.name'),
    }),
    person.accessor('username', {
      header: t('people.username'),
      cell: (c) => (c.getValue() ? `@${c.getValue()}` : '—'),
    }),
    person.accessor('balance', { header: t('people.balance'), cell: (c) => number(c.getValue()) }),
    person.accessor('vipUntil', { header: t('people.vipUntil'), cell: (c) => date(c.getValue()) }),
  ];
  return (
    <Grid>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setQ(text.trim());
            }}
          >
            <Group align="end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('people.search')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
              />
              <Button type="submit">{t('people.searchButton')}</Button>
            </Group>
          </form>
          <Problem error={results.error} />
          {q && (
            <DataTable
              data={people}
              columns={columns}
              minWidth={480}
              onRowClick={(p) => setPicked(p.id)}
              label="people"
            />
          )}
          {results.hasNextPage && (
            <Button
              variant="light"
              loading={results.isFetchingNextPage}
              onClick={() => results.fetchNextPage()}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        {picked === undefined ? <Text c="dimmed">{t('people.pick')}</Text> : <Card id={picked} />}
      </Grid.Col>
    </Grid>
  );
}

function Card({ id }: { id: number }) {
  const { t, number, date } = useI18n();
  const card = useQuery({ queryKey: ['person', id], queryFn: () => api<PersonCard>('GET', `/users/${id}`) });
  const canOperate = useCan('operator');
  if (card.error) return <Problem error={card.error} />;
  if (!card.data) return null;
  const c = card.data;
  return (
    <Paper withBorder p="md" radius="md" data-testid="person-card">
      <Stack>
        <Group justify="space-between">
          <Title order={3}>
            {c.person.firstName}{' '}
            {c.person.username && (
              <Text span c="dimmed">
                @{c.person.username}
              </Text>
            )}
          </Title>
          {c.isVip ? (
            <Badge color="grape">VIP · {date(c.person.vipUntil)}</Badge>
          ) : (
            <Badge color="gray">{t('people.notVip')}</Badge>
          )}
        </Group>
        <SimpleGrid cols={3}>
          <Figure label={t('people.balance')} value={number(c.person.balance)} testId="card-balance" />
          <Figure label={t('people.level')} value={number(c.level)} />
          <Figure label={t('people.earned')} value={number(c.totalEarned)} />
        </SimpleGrid>
        <Text size="sm">
          {t('people.story')}: {c.story ? `${c.story.chapter} · ${c.story.node}` : t('people.noStory')}
        </Text>
        <Text size="sm">
          {t('people.inventory')}:{' '}
          {c.inventory.length ? c.inventory.map((i) => `${i.item} ×${i.count}`).join(', ') : '—'}
        </Text>
        {canOperate && <BesitosForm id={id} />}
        {canOperate && <VipForm id={id} isVip={c.isVip} />}
        <Title order={5}>{t('people.ledger')}</Title>
        <DataTable
          data={c.recentLedger}
          minWidth={420}
          columns={[
            ledger.accessor('createdAt', { header: t('common.when'), cell: (x) => date(x.getValue()) }),
            ledger.accessor('amount', { header: t('people.amount') }),
            ledger.accessor('reason', { header: t('common.reason') }),
            ledger.accessor('balanceAfter', { header: t('people.balance') }),
          ]}
        />
      </Stack>
    </Paper>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** A write of a form that keeps its Idempotency-Key until it succeeds (a retry of the same form is the same request). */
function useIdempotentWrite<B, R>(call: (body: B, key: string) => Promise<R>, done: () => void) {
  const [key, setKey] = useState(newIdempotencyKey);
  return useMutation({
    mutationFn: (body: B) => call(body, key),
    onSuccess: () => {
      setKey(newIdempotencyKey());
      done();
    },
  });
}

function BesitosForm({ id }: { id: number }) {
  const { t, number } = useI18n();
  const client = useQueryClient();
  const [amount, setAmount] = useState<number | string>(10);
  const [reason, setReason] = useState('');
  const write = useIdempotentWrite(
    (body: { amount: number; reason: string }, key) =>
      api<{ after: { balance: number } }>('POST', `/users/${id}/besitos`, { body, idempotencyKey: key }),
    // The card and the list both show the balance.
    () =>
      client.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'person' || q.queryKey[0] === 'people',
      }),
  );
  const send = (sign: 1 | -1) => write.mutate({ amount: sign * Math.abs(Number(amount)), reason });
  return (
    <Stack gap="xs">
      <AmountAndReason
        label={t('people.amount')}
        amount={amount}
        onAmount={setAmount}
        reason={reason}
        onReason={setReason}
      />
      <Group>
        <Button onClick={() => send(1)} loading={write.isPending}>
          {t('people.grant')}
        </Button>
        <Button color="red" variant="light" onClick={() => send(-1)} loading={write.isPending}>
          {t('people.revoke')}
        </Button>
      </Group>
      {write.data && (
        <Text size="sm" c="teal">
          {t('people.adjusted', { balance: number(write.data.after.balance) })}
        </Text>
      )}
      <Problem error={write.error} />
    </Stack>
  );
}

function VipForm({ id, isVip }: { id: number; isVip: boolean }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [days, setDays] = useState<number | string>(30);
  const [reason, setReason] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['person', id] });
  const grant = useIdempotentWrite(
    (body: { days: number; reason: string }, key) =>
      api('POST', `/users/${id}/vip`, { body, idempotencyKey: key }),
    refresh,
  );
  const end = useMutation({ mutationFn: () => api('DELETE', `/users/${id}/vip`), onSuccess: refresh });
  return (
    <Stack gap="xs">
      <AmountAndReason
        label={t('people.vipDays')}
        amount={days}
        onAmount={setDays}
        reason={reason}
        onReason={setReason}
      />
      <Group>
        <Button
          variant="light"
          onClick={() => grant.mutate({ days: Number(days), reason })}
          loading={grant.isPending}
        >
          {t('people.vipGrant')}
        </Button>
        {isVip && (
          <Button variant="subtle" color="red" onClick={() => end.mutate()} loading={end.isPending}>
            {t('people.vipRevoke')}
          </Button>
        )}
      </Group>
      <Problem error={grant.error ?? end.error} />
    </Stack>
  );
}
