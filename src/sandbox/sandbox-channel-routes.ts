// The web chat's API for what a person does beyond their chat with the bot: see the demo channels, ask to join
// (or withdraw, or leave), read posts, tap their buttons and react, open t.me links (invitations and deep
// links), and pay invoices with the sandbox's fake Stars.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '../adapters/http/problem.ts';
import type { BotApiEmulator } from './emulator.ts';
import { telegramUserId } from './params.ts';

const userId = telegramUserId;
const viewer = z.object({ userId });
const userParams = z.object({ userId });
const channelParams = z.object({ chatId: z.coerce.number().int() });
const pressBody = z.object({
  userId,
  messageId: z.number().int().positive(),
  data: z.string().min(1).max(256),
});
const reactBody = z.object({
  userId,
  messageId: z.number().int().positive(),
  emoji: z.string().max(16).nullable(),
});
const linkBody = z.object({ userId, url: z.string().max(512) });
const payBody = z.object({ messageId: z.number().int().positive() });

export function registerSandboxChannelRoutes(server: FastifyInstance, emulator: BotApiEmulator): void {
  const http = server.withTypeProvider<ZodTypeProvider>();
  /** Runs a person's action; what Telegram would refuse comes back as a 400 problem with its reason. */
  const act = async (action: () => unknown) => {
    try {
      return { ok: true, result: (await action()) ?? null };
    } catch (error) {
      throw new HttpProblem(400, error instanceof Error ? error.message : String(error));
    }
  };
  const known = (id: number) => {
    if (emulator.getUser(id) === undefined) throw new HttpProblem(404, `no sandbox user ${id}`);
  };
  const channel = (chatId: number) => {
    if (!emulator.channels.has(chatId)) throw new HttpProblem(404, `no channel ${chatId}`);
  };

  http.get('/sandbox/api/channels', { schema: { querystring: viewer } }, async (req) => {
    known(req.query.userId);
    return { channels: emulator.channels.list(req.query.userId) };
  });

  http.get(
    '/sandbox/api/channels/:chatId/posts',
    { schema: { params: channelParams, querystring: viewer } },
    async (req) => {
      const { chatId } = req.params;
      channel(chatId);
      if (!emulator.channels.canRead(req.query.userId, chatId))
        throw new HttpProblem(403, 'only members read this channel');
      return {
        posts: emulator.history(chatId).map((m) => ({
          ...m,
          reactions: emulator.reactions.of(chatId, m.message_id, req.query.userId),
        })),
      };
    },
  );

  for (const [path, action] of [
    ['join', (id: number, chatId: number) => emulator.channels.requestJoin(id, chatId)],
    ['cancel', (id: number, chatId: number) => emulator.channels.cancelRequest(id, chatId)],
    ['leave', (id: number, chatId: number) => emulator.channels.leave(id, chatId)],
  ] as const) {
    http.post(
      `/sandbox/api/channels/:chatId/${path}`,
      { schema: { params: channelParams, body: viewer } },
      async (req) => {
        known(req.body.userId);
        return act(() => action(req.body.userId, req.params.chatId));
      },
    );
  }

  http.post(
    '/sandbox/api/channels/:chatId/press',
    { schema: { params: channelParams, body: pressBody } },
    async (req) => {
      const { userId: id, messageId, data } = req.body;
      known(id);
      return act(async () => ({
        answer: (await emulator.pressButton(id, messageId, data, { chatId: req.params.chatId })) ?? null,
      }));
    },
  );

  http.post(
    '/sandbox/api/channels/:chatId/react',
    { schema: { params: channelParams, body: reactBody } },
    async (req) => {
      known(req.body.userId);
      return act(() =>
        emulator.reactions.react(req.body.userId, req.params.chatId, req.body.messageId, req.body.emoji),
      );
    },
  );

  // A t.me link opened in the sandbox: an invitation joins its channel; a link to the bot starts it.
  http.post('/sandbox/api/links', { schema: { body: linkBody } }, async (req) => {
    const { url } = req.body;
    known(req.body.userId);
    const start = new RegExp(`^https://t\\.me/${emulator.bot.username}(?:\\?start=([\\w-]{1,64}))?$`).exec(
      url,
    );
    if (start) return { kind: 'bot', payload: start[1] ?? null };
    if (/^https:\/\/t\.me\/\+[\w-]+$/.test(url))
      return act(() => ({ kind: 'channel', ...emulator.channels.openInviteLink(req.body.userId, url) }));
    throw new HttpProblem(400, 'the sandbox only opens t.me links to the bot and to its channels');
  });

  http.get('/sandbox/api/users/:userId/stars', { schema: { params: userParams } }, async (req) => {
    known(req.params.userId);
    return { stars: emulator.payments.balance(req.params.userId) };
  });

  http.post(
    '/sandbox/api/chats/:userId/pay',
    { schema: { params: userParams, body: payBody } },
    async (req) => {
      known(req.params.userId);
      return emulator.payments.pay(req.params.userId, req.body.messageId);
    },
  );
}
