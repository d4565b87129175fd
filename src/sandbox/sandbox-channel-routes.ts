// The web chat's API for what a person does beyond their chat with the bot: see the demo channels, ask to join
// (or withdraw, or leave), read posts, tap their buttons and react, open t.me links (invitations and deep
// links), and pay invoices with the sandbox's fake Stars.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { BotApiEmulator } from './emulator.ts';

const userId = z.coerce.number().int().positive();
const viewer = z.object({ userId });
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

export function registerSandboxChannelRoutes(http: FastifyInstance, emulator: BotApiEmulator): void {
  /** Runs a person's action; what Telegram would refuse comes back as a 400 with its reason. */
  const act = async (reply: FastifyReply, action: () => unknown) => {
    try {
      return { ok: true, result: (await action()) ?? null };
    } catch (error) {
      return reply.code(400).send({ error: error instanceof Error ? error.message : String(error) });
    }
  };
  const known = (id: number) => emulator.getUser(id) !== undefined;

  http.get('/sandbox/api/channels', async (req, reply) => {
    const query = viewer.safeParse(req.query);
    if (!query.success || !known(query.data.userId)) return reply.code(400).send({ error: 'unknown user' });
    return { channels: emulator.channels.list(query.data.userId) };
  });

  http.get('/sandbox/api/channels/:chatId/posts', async (req, reply) => {
    const { chatId } = channelParams.parse(req.params);
    const query = viewer.safeParse(req.query);
    if (!query.success || !emulator.channels.has(chatId))
      return reply.code(404).send({ error: 'no such channel' });
    if (!emulator.channels.canRead(query.data.userId, chatId))
      return reply.code(403).send({ error: 'only members read this channel' });
    return {
      posts: emulator.history(chatId).map((m) => ({
        ...m,
        reactions: emulator.reactions.of(chatId, m.message_id, query.data.userId),
      })),
    };
  });

  for (const [path, action] of [
    ['join', (id: number, chatId: number) => emulator.channels.requestJoin(id, chatId)],
    ['cancel', (id: number, chatId: number) => emulator.channels.cancelRequest(id, chatId)],
    ['leave', (id: number, chatId: number) => emulator.channels.leave(id, chatId)],
  ] as const) {
    http.post(`/sandbox/api/channels/:chatId/${path}`, async (req, reply) => {
      const { chatId } = channelParams.parse(req.params);
      const body = viewer.safeParse(req.body);
      if (!body.success || !known(body.data.userId)) return reply.code(400).send({ error: 'unknown user' });
      return act(reply, () => action(body.data.userId, chatId));
    });
  }

  http.post('/sandbox/api/channels/:chatId/press', async (req, reply) => {
    const { chatId } = channelParams.parse(req.params);
    const body = pressBody.safeParse(req.body);
    if (!body.success || !known(body.data.userId)) return reply.code(400).send({ error: 'invalid button' });
    const { userId: id, messageId, data } = body.data;
    return act(reply, async () => ({
      answer: (await emulator.pressButton(id, messageId, data, { chatId })) ?? null,
    }));
  });

  http.post('/sandbox/api/channels/:chatId/react', async (req, reply) => {
    const { chatId } = channelParams.parse(req.params);
    const body = reactBody.safeParse(req.body);
    if (!body.success || !known(body.data.userId)) return reply.code(400).send({ error: 'invalid reaction' });
    return act(reply, () =>
      emulator.reactions.react(body.data.userId, chatId, body.data.messageId, body.data.emoji),
    );
  });

  // A t.me link opened in the sandbox: an invitation joins its channel; a link to the bot starts it.
  http.post('/sandbox/api/links', async (req, reply) => {
    const body = linkBody.safeParse(req.body);
    if (!body.success || !known(body.data.userId)) return reply.code(400).send({ error: 'invalid link' });
    const { url } = body.data;
    const start = new RegExp(`^https://t\\.me/${emulator.bot.username}(?:\\?start=([\\w-]{1,64}))?$`).exec(
      url,
    );
    if (start) return { kind: 'bot', payload: start[1] ?? null };
    if (/^https:\/\/t\.me\/\+[\w-]+$/.test(url))
      return act(reply, () => ({
        kind: 'channel',
        ...emulator.channels.openInviteLink(body.data.userId, url),
      }));
    return reply
      .code(400)
      .send({ error: 'the sandbox only opens t.me links to the bot and to its channels' });
  });

  http.get('/sandbox/api/users/:userId/stars', async (req, reply) => {
    const id = userId.safeParse((req.params as { userId: unknown }).userId);
    if (!id.success || !known(id.data)) return reply.code(404).send({ error: 'unknown user' });
    return { stars: emulator.payments.balance(id.data) };
  });

  http.post('/sandbox/api/chats/:userId/pay', async (req, reply) => {
    const id = userId.safeParse((req.params as { userId: unknown }).userId);
    const body = payBody.safeParse(req.body);
    if (!id.success || !body.success || !known(id.data))
      return reply.code(400).send({ error: 'invalid payment' });
    return emulator.payments.pay(id.data, body.data.messageId);
  });
}
