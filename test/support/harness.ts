// Starts the whole app (bot, HTTP server, emulator) the way `npm start` does, on a test database.

import { resolve } from 'node:path';
import type { Logger } from 'pino';
import type { Database } from '../../src/adapters/db/database.ts';
import { loadConfig } from '../../src/config.ts';
import { type RunningDiana, startDiana } from '../../src/diana.ts';
import type { Clock } from '../../src/domain/clock.ts';
import type { RandomSource } from '../../src/domain/dailies/chance.ts';
import { createLogger } from '../../src/logger.ts';
import { BotApiEmulator, type EmulatorUser } from '../../src/sandbox/emulator.ts';
import { type DatabaseKind, freshDatabase } from './databases.ts';
import { TelegramClient } from './telegram-client.ts';

export interface TestDiana {
  diana: RunningDiana;
  emulator: BotApiEmulator;
  /**
   * Delivers every pending event (missions, achievements) and sends the announcements they queued, ignoring
   * the batch window. Tests run without background workers so that replies and announcements never race.
   */
  settle(): Promise<void>;
  client(user: Partial<EmulatorUser> & { id: number }): TelegramClient;
  stop(): Promise<void>;
}

/** Waits (in real time, whatever the app's clock says) until `done` holds; ten seconds at most. */
async function until(done: () => boolean): Promise<void> {
  const limit = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > limit) throw new Error('updates were still being handled after 10 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let nextUserId = 5000;
export const uniqueUserId = () => nextUserId++;

export async function startTestDiana(
  options: {
    kind?: DatabaseKind;
    database?: Database;
    env?: Record<string, string>;
    clock?: Clock;
    /** The dice of the game of chance. */
    random?: RandomSource;
    emulator?: BotApiEmulator;
    /** Run the dispatcher and sender in the background, as production does. */
    workers?: boolean;
    /** Where the app logs (silent unless TEST_LOG_LEVEL is set). */
    log?: Logger;
  } = {},
): Promise<TestDiana> {
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    CONTENT_DIR: resolve('content/diana'),
    ...options.env,
  });
  // With DATABASE_URL or DATA_DIR in env the app opens its configured database, as `npm start` would.
  const configured = Boolean(options.env?.DATABASE_URL || options.env?.DATA_DIR);
  const database =
    options.database ?? (configured ? undefined : await freshDatabase(options.kind ?? 'embedded'));
  // The emulated Telegram keeps the app's time (invitation expiry, message dates).
  const emulator = options.emulator ?? new BotApiEmulator(options.clock ? { clock: options.clock } : {});
  const diana = await startDiana(config, {
    log: options.log ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false),
    emulator,
    startWorkers: options.workers ?? false,
    ...(database ? { database } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  return {
    diana,
    emulator,
    settle: async () => {
      // Updates on their way to the bot, updates attempted again, jobs, events and announcements feed one
      // another (a removal from a channel is itself an update): loop until all are idle.
      for (;;) {
        await until(() => emulator.waitingUpdates() === 0 && diana.updatesInFlight() === 0);
        const worked =
          (await diana.retrier.drain()) > 0 ||
          (await diana.jobs.drain()) > 0 ||
          (await diana.dispatcher.drain()) > 0 ||
          (await diana.sender.sendDue({ now: true }));
        if (!worked && emulator.waitingUpdates() === 0 && diana.updatesInFlight() === 0) return;
      }
    },
    client: (user) => new TelegramClient(emulator, { first_name: 'Ana', language_code: 'es', ...user }),
    stop: () => diana.stop(),
  };
}
