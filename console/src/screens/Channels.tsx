// Channels: members, join requests and reactions per channel; a new post (text, or a photo URL with its
// caption) is drafted first and shown with its reaction buttons, then published once; the latest posts
// show their reactions per emoji.
import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { Problem } from '../components/Problem.tsx';
import { useI18n } from '../i18n.tsx';
import { useCan } from '../session.tsx';
import type { ChannelFigures, ChannelPost, PostStats } from '../types.ts';

const post = createColumnHelper<PostStats>();

export function ChannelsScreen() {
  const { t, number, date } = useI18n();
  const canOperate = useCan('operator');
  const figures = useQuery({
    queryKey: ['channels'],
    queryFn: () => api<{ channels: ChannelFigures[]; posts: PostStats[] }>('GET', '/channels?limit=20'),
  });
  return (
    <Stack>
      <Problem error={figures.error} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {figures.data?.channels.map((c) => (
          <Paper key={c.channel} withBorder p="sm" radius="md">
            <Title order={4}>{t(`channels.${c.channel}`)}</Title>
            <Text size="sm">
              {t('channels.members')}: {number(c.members)} · {t('channels.reactions')}: {number(c.reactions)}{' '}
              · {t('channels.pending')}: {number(c.joinRequests.pending)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {canOperate && <Compose />}
      <Title order={4}>{t('channels.posts')}</Title>
      <DataTable
        data={figures.data?.posts ?? []}
        label="posts"
        columns={[
          post.accessor('id', { header: t('common.id') }),
          post.accessor('channel', {
            header: t('channels.channel'),
            cell: (c) => t(`channels.${c.row.original.channel}`),
          }),
          post.accessor((p) => (p.text || t('channels.photoPost')).slice(0, 60), {
            id: 'text',
            header: t('channels.text'),
          }),
          post.accessor('publishedAt', { header: t('common.when'), cell: (c) => date(c.getValue()) }),
          post.accessor('byEmoji', {
            header: t('channels.reactions'),
            cell: (c) => c.row.original.byEmoji.map((r) => `${r.emoji} ${r.count}`).join(' · ') || '—',
          }),
        ]}
      />
    </Stack>
  );
}

function Compose() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [channel, setChannel] = useState<'free' | 'vip'>('free');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState('');
  const [draft, setDraft] = useState<ChannelPost>();
  const create = useMutation({
    mutationFn: () =>
      api<ChannelPost>('POST', '/channels/posts', { body: { channel, text, ...(photo ? { photo } : {}) } }),
    onSuccess: setDraft,
  });
  const publish = useMutation({
    mutationFn: (id: number) => api<ChannelPost>('POST', `/channels/posts/${id}/publish`),
    onSuccess: () => {
      setDraft(undefined);
      setText('');
      setPhoto('');
      client.invalidateQueries({ queryKey: ['channels'] });
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={4}>{t('channels.compose')}</Title>
        <SegmentedControl
          value={channel}
          onChange={(v) => setChannel(v as 'free' | 'vip')}
          data={[
            { value: 'free', label: t('channels.free') },
            { value: 'vip', label: t('channels.vip') },
          ]}
        />
        <Textarea
          label={t('channels.text')}
          autosize
          minRows={3}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <TextInput
          label={t('channels.photo')}
          value={photo}
          onChange={(e) => setPhoto(e.currentTarget.value)}
        />
        <Group>
          <Button variant="light" onClick={() => create.mutate()} loading={create.isPending}>
            {t('channels.draft')}
          </Button>
        </Group>
        <Problem error={create.error ?? publish.error} />
        {publish.data && <Alert color="teal">{t('channels.published', { id: publish.data.id })}</Alert>}
        {draft && (
          <Paper withBorder p="sm" radius="md" data-testid="post-preview">
            <Text size="xs" c="dimmed">
              {t('channels.preview')} · {t(`channels.${draft.channel}`)}
            </Text>
            {draft.photo && <Text size="sm">🖼️ {draft.photo}</Text>}
            <Text style={{ whiteSpace: 'pre-wrap' }}>{draft.text}</Text>
            <Group gap="xs" mt="xs">
              {draft.emojis.map((emoji) => (
                <Button key={emoji} size="compact-sm" variant="default" tabIndex={-1}>
                  {emoji}
                </Button>
              ))}
            </Group>
            <Button mt="sm" onClick={() => publish.mutate(draft.id)} loading={publish.isPending}>
              {t('channels.publish')}
            </Button>
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
