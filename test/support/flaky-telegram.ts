// A Bot API server on loopback whose mood a test sets: `ok` serves the emulator, `conflict` answers getUpdates
// with 409 (another poller, or a webhook, holds the bot), `unauthorized` answers every call with 401 (a revoked
// token), `down` drops every connection (Telegram unreachable). Diana runs against it in a child process.
import type { Socket } from 'node:net';
import Fastify from 'fastify';
import { registerBotApiRoutes } from '../../src/sandbox/bot-api-routes.ts';
import type { BotApiEmulator } from '../../src/sandbox/emulator.ts';

export type TelegramMood = 'ok' | 'conflict' | 'unauthorized' | 'down';

export interface FlakyTelegram {
  apiRoot: string;
  mood: TelegramMood;
  /** Calls seen per method while `ok`. */
  close(): Promise<void>;
}

export async function serveFlakyTelegram(emulator: BotApiEmulator): Promise<FlakyTelegram> {
  const http = Fastify({ forceCloseConnections: true });
  const sockets = new Set<Socket>();
  let mood: TelegramMood = 'ok';
  http.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (mood === 'down') socket.destroy();
  });
  http.addHook('onRequest', async (request, reply) => {
    const method = request.url.split('/').at(-1) ?? '';
    if (mood === 'down') {
      request.raw.socket.destroy();
      return reply;
    }
    if (mood === 'unauthorized')
      return reply.code(401).send({ ok: false, error_code: 401, description: 'Unauthorized' });
    if (mood === 'conflict' && method === 'getUpdates') {
      return reply.code(409).send({
        ok: false,
        error_code: 409,
        description:
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      });
    }
    return undefined;
  });
  registerBotApiRoutes(http, emulator, '');
  await http.listen({ port: 0, host: '127.0.0.1' });
  const address = http.server.address();
  const port = address && typeof address === 'object' ? address.port : 0;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    get mood() {
      return mood;
    },
    set mood(next: TelegramMood) {
      mood = next;
      // Long polls in flight end too: a conflict or an outage hits the poller at once.
      if (next !== 'ok') {
        emulator.close();
        if (next === 'down') for (const socket of sockets) socket.destroy();
      }
    },
    close: async () => {
      emulator.close();
      await http.close();
    },
  };
}
