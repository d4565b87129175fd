// Puts the sandbox on the HTTP server: the emulated Bot API the bot polls, the web chat and its API, behind the
// guard that keeps them to this machine, and the chats kept in DATA_DIR across restarts.
import type { FastifyInstance } from 'fastify';
import { registerBotApiRoutes } from './bot-api-routes.ts';
import type { BotApiEmulator } from './emulator.ts';
import { persistEmulator } from './persistence.ts';
import { guardSandbox } from './sandbox-guard.ts';
import { registerSandboxRoutes } from './sandbox-routes.ts';

/** Where the bot finds the emulated Bot API, under the app's URL. */
export const SANDBOX_API_PREFIX = '/sandbox/bot-api';

/** Mounts the sandbox (before the server listens); returns what stops it. */
export function mountSandbox(
  http: FastifyInstance,
  emulator: BotApiEmulator,
  options: { chatsFile?: string } = {},
): () => Promise<void> {
  const saveChats = options.chatsFile ? persistEmulator(emulator, options.chatsFile) : undefined;
  // In a scope of its own: the guard applies to the sandbox's routes only.
  http.register(async (scope) => {
    guardSandbox(scope, { uploadsUnder: SANDBOX_API_PREFIX });
    registerBotApiRoutes(scope, emulator, SANDBOX_API_PREFIX);
    registerSandboxRoutes(scope, emulator);
  });
  return async () => {
    emulator.close();
    saveChats?.();
  };
}
