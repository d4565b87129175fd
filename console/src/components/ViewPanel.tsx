// One analytics view in its own box: a title, the view's controls, and a button that saves the same view as
// CSV (the API's `format=csv`) with the filters shown.
import { Button, Group, Loader, Paper, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { download } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { Problem } from './Problem.tsx';

export function ViewPanel({
  title,
  csv,
  controls,
  error,
  loading,
  children,
}: {
  title: string;
  /** The view's API path with its query, without the format. */
  csv: string;
  controls?: ReactNode;
  /** A failure reading the view. */
  error?: unknown;
  /** The view is still being read: a spinner stands for it. */
  loading?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const save = useMutation({
    mutationFn: () => download(`${csv}${csv.includes('?') ? '&' : '?'}format=csv`),
  });
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={4}>{title}</Title>
          <Button size="xs" variant="light" loading={save.isPending} onClick={() => save.mutate()}>
            {t('analytics.csv')}
          </Button>
        </Group>
        {controls}
        <Problem error={error ?? save.error} />
        {loading ? <Loader size="sm" /> : children}
      </Stack>
    </Paper>
  );
}
