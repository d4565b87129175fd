// The sandbox web chat: a page at /sandbox where a person talks to the bot as a Telegram client would, and
// the small JSON + server-sent-events API the page uses.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BotApiEmulator, ChatChange } from './emulator.ts';
import { registerSandboxChannelRoutes } from './sandbox-channel-routes.ts';

const webFile = (name: string) => readFileSync(new URL(`./web/${name}`, import.meta.url), 'utf8');

const assets: Record<string, { type: string; body: string }> = {
  'app.js': { type: 'text/javascript; charset=utf-8', body: webFile('app.js') },
  'channels.js': { type: 'text/javascript; charset=utf-8', body: webFile('channels.js') },
  'messages.js': { type: 'text/javascript; charset=utf-8', body: webFile('messages.js') },
  'style.css': { type: 'text/css; charset=utf-8', body: webFile('style.css') },
};

const userSchema = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 52),
  first_name: z.string().trim().min(1).max(64),
  username: z
    .string()
    .trim()
    .regex(/^\w{3,32}$/)
    .optional(),
  language_code: z.string().trim().max(10).optional(),
});
const chatParams = z.object({ userId: z.coerce.number().int().positive() });
const textBody = z.object({ text: z.string().min(1).max(4096) });
const photoBody = z.object({
  url: z.url({ protocol: /^https?$/ }).max(1024),
  caption: z.string().max(1024).default(''),
});
const pressBody = z.object({ messageId: z.number().int().positive(), data: z.string().min(1).max(256) });

export function registerSandboxRoutes(http: FastifyInstance, emulator: BotApiEmulator): void {
  const page = webFile('index.html');
  http.get('/', async (_req, reply) => reply.redirect('/sandbox'));
  http.get('/sandbox', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
  http.get('/sandbox/assets/:file', async (req, reply) => {
    const asset = assets[(req.params as { file: string }).file];
    if (!asset) return reply.code(404).send({ error: 'not found' });
    return reply.type(asset.type).send(asset.body);
  });

  http.get('/sandbox/api/bot', async () => ({
    username: emulator.bot.username,
    name: emulator.bot.first_name,
  }));

  http.post('/sandbox/api/users', async (req, reply) => {
    const parsed = userSchema.safeParse(req.body);
    if (!parsed.success)
      return reply.code(400).send({ error: parsed.error.issues[0]?.message ?? 'invalid user' });
    const { username, language_code, ...rest } = parsed.data;
    return emulator.addUser({
      ...rest,
      ...(username ? { username } : {}),
      ...(language_code ? { language_code } : {}),
    });
  });

  http.get('/sandbox/api/chats/:userId', async (req, reply) => {
    const { userId } = chatParams.parse(req.params);
    if (!emulator.getUser(userId)) return reply.code(404).send({ error: 'unknown user' });
    const messages = emulator.history(userId);
    const paid = messages.filter((m) => m.invoice && emulator.payments.isPaid(userId, m.message_id));
    return { messages, paidInvoices: paid.map((m) => m.message_id) };
  });

  http.post('/sandbox/api/chats/:userId/messages', async (req, reply) => {
    const { userId } = chatParams.parse(req.params);
    const body = textBody.safeParse(req.body);
    if (!emulator.getUser(userId) || !body.success) return reply.code(400).send({ error: 'invalid message' });
    emulator.sendText(userId, body.data.text);
    return { ok: true };
  });

  // A photo from a URL, with a caption (admins post photos to the channels this way).
  http.post('/sandbox/api/chats/:userId/photo', async (req, reply) => {
    const { userId } = chatParams.parse(req.params);
    const body = photoBody.safeParse(req.body);
    if (!emulator.getUser(userId) || !body.success) return reply.code(400).send({ error: 'invalid photo' });
    emulator.sendMedia(userId, 'photo', body.data);
    return { ok: true };
  });

  registerSandboxChannelRoutes(http, emulator);

  http.post('/sandbox/api/chats/:userId/press', async (req, reply) => {
    const { userId } = chatParams.parse(req.params);
    const body = pressBody.safeParse(req.body);
    if (!emulator.getUser(userId) || !body.success) return reply.code(400).send({ error: 'invalid button' });
    const answer = await emulator.pressButton(userId, body.data.messageId, body.data.data);
    return { answer: answer ?? null };
  });

  // Live changes of one chat, as server-sent events.
  http.get('/sandbox/api/chats/:userId/events', (req, reply) => {
    const { userId } = chatParams.parse(req.params);
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    // The person's chat with the bot, and the channels (the page shows the ones they can see).
    const unsubscribe = emulator.onChange((change: ChatChange) => {
      if (change.chatId === userId || emulator.channels.has(change.chatId))
        reply.raw.write(`data: ${JSON.stringify(change)}\n\n`);
    });
    const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), 15_000);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
