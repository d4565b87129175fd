// The emulator on its own HTTP server: a stand-in for api.telegram.org that tests and benchmarks point
// TELEGRAM_API_ROOT at.
import Fastify, { type FastifyInstance } from 'fastify';
import { acceptFormBodies, registerBotApiRoutes } from './bot-api-routes.ts';
import type { BotApiEmulator } from './emulator.ts';

export interface EmulatorServer {
  http: FastifyInstance;
  /** The value for TELEGRAM_API_ROOT. */
  apiRoot: string;
  close(): Promise<void>;
}

export async function serveEmulator(emulator: BotApiEmulator, port = 0): Promise<EmulatorServer> {
  const http = Fastify({ forceCloseConnections: true });
  acceptFormBodies(http);
  registerBotApiRoutes(http, emulator, '');
  await http.listen({ port, host: '127.0.0.1' });
  const address = http.server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  return {
    http,
    apiRoot: `http://127.0.0.1:${actualPort}`,
    close: async () => {
      emulator.close();
      await http.close();
    },
  };
}
