// VIP: who is VIP and until when (all, or those whose VIP ends within a week), the tokens (make one for a plan, revoke an unused one) and the Stars
// payments (refund one, after a confirmation).
import { Badge, Button, Code, Group, Modal, Select, Stack, Tabs, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { UndoInRow } from '../components/RowAction.tsx';
import { useI18n } from '../i18n.tsx';
import { useCan } from '../session.tsx';
import type { Payment, Plan, VipMember, VipToken } from '../types.ts';

export function VipScreen() {
  const { t } = useI18n();
  return (
    <Tabs defaultValue="active" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="active">{t('vip.active')}</Tabs.Tab>
        <Tabs.Tab value="expiring">{t('vip.expiring')}</Tabs.Tab>
        <Tabs.Tab value="tokens">{t('vip.tokens')}</Tabs.Tab>
        <Tabs.Tab value="payments">{t('vip.payments')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="active" pt="md">
        <Active />
      </Tabs.Panel>
      <Tabs.Panel value="expiring" pt="md">
        <Active withinDays={EXPIRING_DAYS} />
      </Tabs.Panel>
      <Tabs.Panel value="tokens" pt="md">
        <Tokens />
      </Tabs.Panel>
      <Tabs.Panel value="payments" pt="md">
        <Payments />
      </Tabs.Panel>
    </Tabs>
  );
}

const member = createColumnHelper<VipMember>();
/** "Expiring soon": a VIP that ends within this many days. */
const EXPIRING_DAYS = 7;

function Active({ withinDays }: { withinDays?: number }) {
  const { t, date } = useI18n();
  const list = useQuery({
    queryKey: ['vip', withinDays],
    queryFn: () =>
      api<{ count: number; items: VipMember[] }>(
        'GET',
        `/vip?limit=100${withinDays ? `&expiringWithinDays=${withinDays}` : ''}`,
      ),
  });
  return (
    <Stack>
      <Problem error={list.error} />
      {withinDays !== undefined && <Text size="sm">{t('vip.expiringHint', { days: withinDays })}</Text>}
      <DataTable
        data={list.data?.items ?? []}
        label={withinDays ? 'vip-expiring' : 'vip-active'}
        minWidth={360}
        columns={[
          member.accessor('id', { header: t('common.id') }),
          member.accessor('firstName', { header: t('people.name') }),
          member.accessor('vipUntil', { header: t('vip.until'), cell: (c) => date(c.getValue()) }),
        ]}
      />
    </Stack>
  );
}

const token = createColumnHelper<VipToken>();

function Tokens() {
  const { t, date } = useI18n();
  const canOperate = useCan('operator');
  const client = useQueryClient();
  const [plan, setPlan] = useState<string | null>(null);
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => api<{ items: Plan[] }>('GET', '/vip/plans') });
  const list = useQuery({
    queryKey: ['tokens'],
    queryFn: () => api<{ items: VipToken[] }>('GET', '/vip/tokens?limit=50'),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['tokens'] });
  const create = useMutation({
    mutationFn: (planId: string) => api<VipToken>('POST', '/vip/tokens', { body: { planId } }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (value: string) => api('DELETE', `/vip/tokens/${encodeURIComponent(value)}`),
    onSuccess: refresh,
  });
  const choices =
    plans.data?.items.map((p) => ({ value: p.id, label: `${p.id} · ${p.days} d · ${p.stars} ⭐` })) ?? [];
  // No token until the plans have loaded: a plan is what a token is for.
  const selected = plan ?? choices[0]?.value;
  return (
    <Stack>
      {canOperate && (
        <Group align="end">
          <Select
            label={t('vip.plan')}
            data={choices}
            value={selected ?? null}
            onChange={setPlan}
            allowDeselect={false}
          />
          <Button
            onClick={() => selected && create.mutate(selected)}
            disabled={!selected}
            loading={create.isPending}
          >
            {t('vip.newToken')}
          </Button>
        </Group>
      )}
      {create.data && (
        <Text size="sm">
          {t('vip.token')}: <Code data-testid="new-token">{create.data.token}</Code>
        </Text>
      )}
      <Problem error={list.error ?? create.error ?? revoke.error} />
      <DataTable
        data={list.data?.items ?? []}
        label="tokens"
        columns={[
          token.accessor('token', { header: t('vip.token'), cell: (c) => <Code>{c.getValue()}</Code> }),
          token.accessor('planId', { header: t('vip.plan') }),
          token.accessor('state', {
            header: t('common.status'),
            cell: (c) => <Badge variant="light">{t(`vip.state.${c.row.original.state}`)}</Badge>,
          }),
          token.accessor('expiresAt', { header: t('vip.expires'), cell: (c) => date(c.getValue()) }),
          token.display({
            id: 'actions',
            header: '',
            cell: (c) =>
              canOperate && c.row.original.state === 'unused' ? (
                <UndoInRow onClick={() => revoke.mutate(c.row.original.token)}>
                  {t('common.revoke')}
                </UndoInRow>
              ) : null,
          }),
        ]}
      />
    </Stack>
  );
}

const payment = createColumnHelper<Payment>();

function Payments() {
  const { t, date } = useI18n();
  const canOperate = useCan('operator');
  const client = useQueryClient();
  const [asked, setAsked] = useState<Payment>();
  const list = useQuery({
    queryKey: ['payments'],
    queryFn: () => api<{ items: Payment[] }>('GET', '/payments?limit=50'),
  });
  const refund = useMutation({
    mutationFn: (id: number) => api('POST', `/payments/${id}/refund`),
    onSettled: () => {
      setAsked(undefined);
      client.invalidateQueries({ queryKey: ['payments'] });
      // A refund takes the payment's VIP time back.
      client.invalidateQueries({ queryKey: ['vip'] });
    },
  });
  return (
    <Stack>
      <Problem error={list.error ?? refund.error} />
      <DataTable
        data={list.data?.items ?? []}
        label="payments"
        columns={[
          payment.accessor('id', { header: t('common.id') }),
          payment.accessor((p) => p.payerName ?? String(p.userId), { id: 'payer', header: t('vip.payer') }),
          payment.accessor('planId', { header: t('vip.plan') }),
          payment.accessor('stars', { header: t('vip.stars') }),
          payment.accessor('createdAt', { header: t('common.when'), cell: (c) => date(c.getValue()) }),
          payment.display({
            id: 'refund',
            header: '',
            cell: (c) =>
              c.row.original.refundedAt ? (
                <Badge color="gray">{t('vip.refunded')}</Badge>
              ) : canOperate ? (
                <UndoInRow onClick={() => setAsked(c.row.original)}>{t('vip.refund')}</UndoInRow>
              ) : null,
          }),
        ]}
      />
      <Modal opened={asked !== undefined} onClose={() => setAsked(undefined)} title={t('vip.refund')}>
        {asked && (
          <Stack>
            <Text>{t('vip.refundConfirm', { stars: asked.stars, id: asked.id })}</Text>
            <Group justify="end">
              <Button variant="default" onClick={() => setAsked(undefined)}>
                {t('common.cancel')}
              </Button>
              <Button color="red" loading={refund.isPending} onClick={() => refund.mutate(asked.id)}>
                {t('common.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
