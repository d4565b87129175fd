// Settings (admins): who may sign in to the console with which role, and the API keys for scripts (a new key
// is shown once; a key can be revoked).
import {
  Alert,
  Button,
  Code,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { ROLES, type Role } from '../../../src/domain/access.ts';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { UndoInRow } from '../components/RowAction.tsx';
import { useI18n } from '../i18n.tsx';
import type { ApiKey, RoleHolder } from '../types.ts';

const holder = createColumnHelper<RoleHolder>();
const apiKey = createColumnHelper<ApiKey>();
const roleChoices = ROLES.map((r) => ({ value: r, label: r }));

function RolePicker({ role, onChange }: { role: Role; onChange: (role: Role) => void }) {
  const { t } = useI18n();
  return (
    <Select
      label={t('settings.role')}
      data={roleChoices}
      value={role}
      onChange={(v) => onChange((v as Role) ?? 'viewer')}
      allowDeselect={false}
    />
  );
}

export function SettingsScreen() {
  return (
    <Stack>
      <Roles />
      <Keys />
    </Stack>
  );
}

function Roles() {
  const { t, date } = useI18n();
  const client = useQueryClient();
  const [telegramId, setTelegramId] = useState<number | string>('');
  const [role, setRole] = useState<Role>('viewer');
  const list = useQuery({
    queryKey: ['roles'],
    queryFn: () => api<{ items: RoleHolder[] }>('GET', '/roles'),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['roles'] });
  const give = useMutation({
    mutationFn: () => api('PUT', `/roles/${Number(telegramId)}`, { body: { role } }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: number) => api('DELETE', `/roles/${id}`),
    onSuccess: refresh,
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={4}>{t('settings.roles')}</Title>
        <Group align="end">
          <NumberInput
            label={t('settings.telegramId')}
            value={telegramId}
            onChange={setTelegramId}
            min={1}
            hideControls
          />
          <RolePicker role={role} onChange={setRole} />
          <Button onClick={() => give.mutate()} loading={give.isPending} disabled={telegramId === ''}>
            {t('settings.giveRole')}
          </Button>
        </Group>
        <Problem error={list.error ?? give.error ?? remove.error} />
        <DataTable
          data={list.data?.items ?? []}
          label="roles"
          columns={[
            holder.accessor('telegramId', { header: t('settings.telegramId') }),
            holder.accessor('role', { header: t('settings.role') }),
            holder.accessor('grantedBy', { header: t('settings.grantedBy') }),
            holder.accessor('grantedAt', { header: t('common.when'), cell: (c) => date(c.getValue()) }),
            holder.display({
              id: 'remove',
              header: '',
              cell: (c) => (
                <UndoInRow onClick={() => remove.mutate(c.row.original.telegramId)}>
                  {t('settings.removeRole')}
                </UndoInRow>
              ),
            }),
          ]}
        />
      </Stack>
    </Paper>
  );
}

function Keys() {
  const { t, date } = useI18n();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const list = useQuery({ queryKey: ['keys'], queryFn: () => api<{ items: ApiKey[] }>('GET', '/keys') });
  const refresh = () => client.invalidateQueries({ queryKey: ['keys'] });
  const create = useMutation({
    mutationFn: () => api<{ key: string }>('POST', '/keys', { body: { name, role } }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: number) => api('DELETE', `/keys/${id}`),
    onSuccess: refresh,
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={4}>{t('settings.keys')}</Title>
        <Group align="end">
          <TextInput
            label={t('settings.keyName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <RolePicker role={role} onChange={setRole} />
          <Button onClick={() => create.mutate()} loading={create.isPending} disabled={!name.trim()}>
            {t('settings.newKey')}
          </Button>
        </Group>
        {create.data && (
          <Alert color="yellow" title={t('settings.keyOnce')}>
            <Code data-testid="new-key" style={{ wordBreak: 'break-all' }}>
              {create.data.key}
            </Code>
          </Alert>
        )}
        <Problem error={list.error ?? create.error ?? revoke.error} />
        <DataTable
          data={list.data?.items ?? []}
          label="keys"
          minWidth={640}
          columns={[
            apiKey.accessor('name', { header: t('settings.keyName') }),
            apiKey.accessor('role', { header: t('settings.role') }),
            apiKey.accessor('prefix', {
              header: t('settings.prefix'),
              cell: (c) => <Code>{c.getValue()}</Code>,
            }),
            apiKey.accessor('lastUsedAt', {
              header: t('settings.lastUsed'),
              cell: (c) => date(c.getValue()),
            }),
            apiKey.accessor('revokedAt', {
              header: t('common.status'),
              cell: (c) => (c.getValue() ? date(c.getValue()) : '✓'),
            }),
            apiKey.display({
              id: 'revoke',
              header: '',
              cell: (c) =>
                c.row.original.revokedAt ? null : (
                  <UndoInRow onClick={() => revoke.mutate(c.row.original.id)}>{t('common.revoke')}</UndoInRow>
                ),
            }),
          ]}
        />
      </Stack>
    </Paper>
  );
}
