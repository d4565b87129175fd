// Channel posts through the admin API on both databases, with the use-cases of /admin › Canales: a draft gets the
// pack's reaction buttons, publishing sends it once (a second publish, or two at once, send nothing more), a send
// that fails leaves the draft to publish again, and the figures count reactions per emoji. Drafts and
// publishing are audited with the caller; a viewer may read but not write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import type { ChannelPost } from '../../src/adapters/db/repositories/channel-posts.ts';
import { insertReaction } from '../../src/adapters/db/repositories/channel-posts.ts';
import { startApi } from '../support/api.ts';
import { TEST_CHANNELS } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

describe.each(DATABASE_KINDS)('admin API: channel posts (%s)', (kind) => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;
  const sent: ChannelPost[] = [];
  let failNext = false;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    api = await startApi(database, {
      deps: {
        publishPost: async (post) => {
          if (failNext) {
            failNext = false;
            throw new Error('Telegram is away');
          }
          sent.push(post);
          return 500 + sent.length;
        },
      },
    });
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  const draft = (payload: object, role: 'operator' | 'viewer' = 'operator') =>
    api.call('POST', '/channels/posts', role, { payload });

  it('drafts a post with the reaction buttons, publishes it once, and audits both with the caller', async () => {
    const created = await draft({ channel: 'free', text: 'Esta noche, un secreto.' });
    expect(created.statusCode).toBe(201);
    const post = created.json();
    expect(post).toMatchObject({
      channel: 'free',
      status: 'draft',
      text: 'Esta noche, un secreto.',
      photo: null,
      emojis: [...api.app.pack.channels.reactions],
      messageId: null,
    });
    expect(sent).toHaveLength(0);

    const [first, second] = await Promise.all([
      api.call('POST', `/channels/posts/${post.id}/publish`, 'operator'),
      api.call('POST', `/channels/posts/${post.id}/publish`, 'operator'),
    ]);
    const codes = [first.statusCode, second.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    const published = (first.statusCode === 200 ? first : second).json();
    expect(published).toMatchObject({ id: post.id, status: 'published', messageId: 501 });
    expect(published.publishedAt).toEqual(expect.any(String));
    expect(sent.map((p) => p.id)).toEqual([post.id]);
    expect(sent[0]!.chatId).toBe(TEST_CHANNELS.free);

    const again = await api.call('POST', `/channels/posts/${post.id}/publish`, 'operator');
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(sent).toHaveLength(1);

    const audit = (await api.call('GET', `/audit?limit=100`, 'viewer')).json();
    const rows = audit.items.filter((e: { ref: string | null }) => e.ref === `post:${post.id}`);
    expect(rows.map((e: { action: string }) => e.action).sort()).toEqual(['post-drafted', 'post-published']);
    for (const row of rows)
      expect(row).toMatchObject({
        actor: expect.stringMatching(/^key:\d+ operator-key$/),
        actorRole: 'operator',
      });
  });

  it('leaves the draft to publish again when the send fails half-way', async () => {
    const post = (await draft({ channel: 'vip', text: '', photo: 'https://example.org/velo.jpg' })).json();
    expect(post).toMatchObject({ channel: 'vip', photo: 'https://example.org/velo.jpg', text: '' });
    failNext = true;
    const failed = await api.call('POST', `/channels/posts/${post.id}/publish`, 'operator');
    expect(failed.statusCode).toBe(500);
    expect((await api.call('GET', `/channels/posts/${post.id}`, 'viewer')).json()).toMatchObject({
      status: 'draft',
      messageId: null,
    });
    const retried = await api.call('POST', `/channels/posts/${post.id}/publish`, 'operator');
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toMatchObject({ status: 'published', channel: 'vip' });
    expect(sent.filter((p) => p.id === post.id)).toHaveLength(1);
    const published = (await api.call('GET', '/audit?action=post-published&limit=100', 'viewer')).json();
    expect(published.items.filter((e: { ref: string }) => e.ref === `post:${post.id}`)).toHaveLength(1);
  });

  it("counts a published post's reactions per emoji, in the post and in the channel figures", async () => {
    const post = (await draft({ channel: 'free', text: '¿Quién me lee?' })).json();
    const { messageId } = (await api.call('POST', `/channels/posts/${post.id}/publish`, 'operator')).json();
    const [fire, devil] = api.app.pack.channels.reactions;
    let userId = 8100;
    for (const emoji of [fire, fire, devil]) {
      await insertReaction(api.app.db, {
        chatId: TEST_CHANNELS.free!,
        messageId,
        userId: userId++,
        emoji: emoji!,
        source: 'button',
        postId: post.id,
        at: api.app.clock.now(),
      });
    }
    const one = (await api.call('GET', `/channels/posts/${post.id}`, 'viewer')).json();
    expect(one.reactions).toEqual(
      expect.arrayContaining([
        { emoji: fire, count: 2 },
        { emoji: devil, count: 1 },
      ]),
    );
    const figures = (await api.call('GET', '/channels', 'viewer')).json();
    expect(figures.channels.map((c: { channel: string }) => c.channel)).toEqual(['free', 'vip']);
    expect(figures.channels[0]).toMatchObject({ chatId: TEST_CHANNELS.free, reactions: 3 });
    expect(figures.posts[0]).toMatchObject({
      id: post.id,
      channel: 'free',
      reactions: 3,
      byEmoji: [
        { emoji: fire, count: 2 },
        { emoji: devil, count: 1 },
      ],
    });
  });

  it('refuses empty drafts, unknown posts and writes by a viewer, changing nothing', async () => {
    const empty = await draft({ channel: 'free', text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect((await api.call('POST', '/channels/posts/999999/publish', 'operator')).statusCode).toBe(404);
    expect((await api.call('GET', '/channels/posts/999999', 'viewer')).statusCode).toBe(404);
    const before = sent.length;
    const byViewer = await draft({ channel: 'free', text: 'no' }, 'viewer');
    expect(byViewer.statusCode).toBe(403);
    expect(sent).toHaveLength(before);
  });

  it('answers 404 for a channel that is not configured, and 503 to publish where no bot runs', async () => {
    const bare = await startApi(database);
    try {
      const post = (
        await bare.call('POST', '/channels/posts', 'operator', { payload: { channel: 'free', text: 'x' } })
      ).json();
      expect((await bare.call('POST', `/channels/posts/${post.id}/publish`, 'operator')).statusCode).toBe(
        503,
      );
    } finally {
      await bare.close();
    }
    const noVip = await startApi(database);
    noVip.app.channels = { ...noVip.app.channels, vip: undefined };
    try {
      const res = await noVip.call('POST', '/channels/posts', 'operator', {
        payload: { channel: 'vip', text: 'x' },
      });
      expect(res.statusCode).toBe(404);
    } finally {
      await noVip.close();
    }
  });
});
