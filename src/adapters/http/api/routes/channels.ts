// Channel posts through the API, with the same use-cases as /admin › Canales: a draft (text, or a photo by URL or
// file id with its caption) gets the pack's reaction buttons; publishing sends it once (a second publish answers
// 409); the figures show members, join requests and reactions per post. Drafts and publishing are audited.
import { z } from 'zod';
import {
  type ChannelName,
  channelPostReactions,
  draftPost,
  publishPost,
} from '../../../../app/channels/posts.ts';
import { channelStats } from '../../../../app/channels/stats.ts';
import type { ChannelPost as PostRow } from '../../../db/repositories/channel-posts.ts';
import { HttpProblem } from '../../problem.ts';
import { type ApiRoutes, asCaller, principalOf } from '../api.ts';
import { adminIdOf } from '../principal.ts';
import { IdParam, Iso, isoOrNull, Limit } from '../schemas.ts';

const Channel = z.enum(['free', 'vip']);

const Reactions = z
  .array(z.object({ emoji: z.string(), count: z.number().int() }))
  .describe('How many people chose each emoji, in the order of the buttons');

const ChannelPost = z
  .object({
    id: z.number().int(),
    channel: Channel,
    status: z.enum(['draft', 'publishing', 'published']),
    text: z.string(),
    photo: z.string().nullable(),
    emojis: z.array(z.string()),
    messageId: z.number().int().nullable(),
    createdAt: Iso,
    publishedAt: Iso.nullable(),
    reactions: Reactions,
  })
  .meta({ id: 'ChannelPost' });

const ChannelFigures = z.object({
  channel: Channel,
  chatId: z.number().int(),
  members: z.number().int(),
  reactions: z.number().int(),
  joinRequests: z.object({
    requests: z.number().int(),
    pending: z.number().int(),
    approved: z.number().int(),
    withdrawn: z.number().int(),
  }),
});

const PostStats = z.object({
  id: z.number().int(),
  channel: Channel,
  text: z.string(),
  photo: z.boolean(),
  publishedAt: Iso.nullable(),
  reactions: z.number().int(),
  byEmoji: Reactions,
});

export const channelRoutes: ApiRoutes = (api, deps) => {
  const { app } = deps;
  const channelOf = (chatId: number): ChannelName => (chatId === app.channels.vip ? 'vip' : 'free');
  const postOf = (post: PostRow, reactions: ReadonlyMap<string, number> = new Map()) => ({
    id: post.id,
    channel: channelOf(post.chatId),
    status: post.status,
    text: post.text,
    photo: post.photo,
    emojis: post.emojis,
    messageId: post.messageId,
    createdAt: post.createdAt.toISOString(),
    publishedAt: isoOrNull(post.publishedAt),
    reactions: [...reactions].map(([emoji, count]) => ({ emoji, count })),
  });

  api.get(
    '/channels',
    {
      config: { role: 'viewer' },
      schema: {
        summary:
          'The channels: members, join requests and reactions; the latest posts with reactions per emoji',
        tags: ['channels'],
        querystring: z.object({ limit: Limit }),
        response: { 200: z.object({ channels: z.array(ChannelFigures), posts: z.array(PostStats) }) },
      },
    },
    async (request) => {
      const { channels, posts } = await channelStats(app, request.query.limit);
      return {
        channels,
        posts: posts.map((p) => ({
          id: p.id,
          channel: channelOf(p.chatId),
          text: p.text,
          photo: p.photo,
          publishedAt: isoOrNull(p.publishedAt),
          reactions: p.reactions,
          byEmoji: p.byEmoji.map(([emoji, count]) => ({ emoji, count })),
        })),
      };
    },
  );

  api.post(
    '/channels/posts',
    {
      config: { role: 'operator' },
      schema: {
        summary: "Draft a post for a channel, with the content pack's reaction buttons",
        description:
          'Nothing reaches the channel until POST /channels/posts/{id}/publish. 404 when the channel is not configured. Audited.',
        tags: ['channels'],
        body: z
          .object({
            channel: Channel,
            text: z.string().trim().max(4096).default(''),
            photo: z.string().min(1).max(2048).optional().describe('A photo URL or Telegram file id'),
          })
          .refine((b) => b.text !== '' || b.photo !== undefined, 'a post needs a text or a photo')
          .refine(
            (b) => b.photo === undefined || b.text.length <= 1024,
            'a caption has at most 1024 characters',
          ),
        response: { 201: ChannelPost },
      },
    },
    async (request, reply) => {
      const { channel, text, photo } = request.body;
      const post = await asCaller(request, () =>
        draftPost(app, adminIdOf(principalOf(request)), { channel, text, photo: photo ?? null }),
      );
      if (!post) throw new HttpProblem(404, `the ${channel} channel is not configured`);
      return reply.code(201).send(postOf(post));
    },
  );

  api.get(
    '/channels/posts/:id',
    {
      config: { role: 'viewer' },
      schema: {
        summary: 'A post (draft or published) and its reactions',
        tags: ['channels'],
        params: IdParam,
        response: { 200: ChannelPost },
      },
    },
    async (request) => {
      const found = await channelPostReactions(app, request.params.id);
      if (!found) throw new HttpProblem(404, `no post ${request.params.id}`);
      return postOf(found.post, found.reactions);
    },
  );

  api.post(
    '/channels/posts/:id/publish',
    {
      config: { role: 'operator' },
      schema: {
        summary: 'Publish a draft in its channel with its reaction buttons',
        description: 'Once: a post already published (or being published) answers 409. Audited.',
        tags: ['channels'],
        params: IdParam,
        response: { 200: ChannelPost },
      },
    },
    async (request) => {
      const send = deps.publishPost;
      if (!send) throw new HttpProblem(503, 'publishing needs the bot, which is not running');
      const id = request.params.id;
      if (!(await channelPostReactions(app, id))) throw new HttpProblem(404, `no post ${id}`);
      const outcome = await asCaller(request, () =>
        publishPost(app, adminIdOf(principalOf(request)), id, send),
      );
      if (!outcome.ok) throw new HttpProblem(409, `post ${id} is already published`);
      const published = await channelPostReactions(app, id);
      if (!published) throw new HttpProblem(404, `no post ${id}`);
      return postOf(published.post, published.reactions);
    },
  );
};
