// The sandbox web chat: a page at /sandbox where a person talks to the bot as a Telegram client would, and
// the small JSON + server-sent-events API the page uses.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpProblem } from '../adapters/http/problem.ts';
import { installPath } from '../install-root.ts';
import type { BotApiEmulator, ChatChange } from './emulator.ts';
import { telegramUserId } from './params.ts';
import { registerSandboxChannelRoutes } from './sandbox-channel-routes.ts';

const webFile = (name: string) => readFileSync(installPath('src', 'sandbox', 'web', name), 'utf8');

const assets: Record<string, { type: string; body: string }> = {
  'app.js': { type: 'text/javascript; charset=utf-8', body: webFile('app.js') },
  'channels.js': { type: 'text/javascript; charset=utf-8', body: webFile('channels.js') },
  'labels.js': { type: 'text/javascript; charset=utf-8', body: webFile('labels.js') },
  'messages.js': { type: 'text/javascript; charset=utf-8', body: webFile('messages.js') },
  'style.css': { type: 'text/css; charset=utf-8', body: webFile('style.css') },
};

const userSchema = z.object({
  id: telegramUserId,
  first_name: z.string().trim().min(1).max(64),
  username: z
    .string()
    .trim()
    .regex(/^\w{3,32}$/)
    .optional(),
  language_code: z.string().trim().max(10).optional(),
});
const chatParams = z.object({ userId: telegramUserId });
const textBody = z.object({ text: z.string().min(1).max(4096) });
const photoBody = z.object({
  url: z.url({ protocol: /^https?$/ }).max(1024),
  caption: z.string().max(1024).default(''),
});
const locationBody = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
const pressBody = z.object({ messageId: z.number().int().positive(), data: z.string().min(1).max(256) });
const assetParams = z.object({ file: z.string().max(64) });
const fileParams = z.object({ fileId: z.string().regex(/^[\w-]{1,64}$/) });

/** Every sandbox route refuses requests that could come from another site (see sandbox-guard.ts). */
export function registerSandboxRoutes(server: FastifyInstance, emulator: BotApiEmulator): void {
  const http = server.withTypeProvider<ZodTypeProvider>();
  const page = webFile('index.html');
  /** The person a chat belongs to must have an account in the sandbox. */
  const known = (userId: number) => {
    if (!emulator.getUser(userId)) throw new HttpProblem(404, `no sandbox user ${userId}`);
  };

  http.get('/', async (_req, reply) => reply.redirect('/sandbox'));
  http.get('/sandbox', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
  http.get('/sandbox/assets/:file', { schema: { params: assetParams } }, async (req, reply) => {
    const asset = assets[req.params.file];
    if (!asset) throw new HttpProblem(404, `no asset ${req.params.file}`);
    return reply.type(asset.type).send(asset.body);
  });

  // A document the bot sent, downloaded as a Telegram app would.
  http.get('/sandbox/api/files/:fileId', { schema: { params: fileParams } }, async (req, reply) => {
    const file = emulator.files.content(req.params.fileId);
    if (!file) throw new HttpProblem(404, `no file ${req.params.fileId}`);
    const name = file.name.replace(/[^\w.-]/g, '_');
    return reply
      .type(file.mime)
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(file.data);
  });

  http.get('/sandbox/api/bot', async () => ({
    username: emulator.bot.username,
    name: emulator.bot.first_name,
  }));

  http.post('/sandbox/api/users', { schema: { body: userSchema } }, async (req) => {
    const { username, language_code, ...rest } = req.body;
    return emulator.addUser({
      ...rest,
      ...(username ? { username } : {}),
      ...(language_code ? { language_code } : {}),
    });
  });

  http.get('/sandbox/api/chats/:userId', { schema: { params: chatParams } }, async (req) => {
    const { userId } = req.params;
    known(userId);
    const messages = emulator.history(userId);
    const paid = messages.filter((m) => m.invoice && emulator.payments.isPaid(userId, m.message_id));
    return { messages, paidInvoices: paid.map((m) => m.message_id) };
  });

  http.post(
    '/sandbox/api/chats/:userId/messages',
    { schema: { params: chatParams, body: textBody } },
    async (req) => {
      known(req.params.userId);
      emulator.sendText(req.params.userId, req.body.text);
      return { ok: true };
    },
  );

  // A photo from a URL, with a caption (admins post photos to the channels this way).
  http.post(
    '/sandbox/api/chats/:userId/photo',
    { schema: { params: chatParams, body: photoBody } },
    async (req) => {
      known(req.params.userId);
      emulator.sendMedia(req.params.userId, 'photo', req.body);
      return { ok: true };
    },
  );

  // A shared place (the 📍 key of a reply keyboard).
  http.post(
    '/sandbox/api/chats/:userId/location',
    { schema: { params: chatParams, body: locationBody } },
    async (req) => {
      known(req.params.userId);
      emulator.sendLocation(req.params.userId, req.body);
      return { ok: true };
    },
  );

  registerSandboxChannelRoutes(server, emulator);

  http.post(
    '/sandbox/api/chats/:userId/press',
    { schema: { params: chatParams, body: pressBody } },
    async (req) => {
      known(req.params.userId);
      const answer = await emulator.pressButton(req.params.userId, req.body.messageId, req.body.data);
      return { answer: answer ?? null };
    },
  );

  // Live changes of one chat, as server-sent events.
  http.get('/sandbox/api/chats/:userId/events', { schema: { params: chatParams } }, (req, reply) => {
    const { userId } = req.params;
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
