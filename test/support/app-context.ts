// An AppContext over a test database, for use-case and background-worker tests without the bot.
import { resolve } from 'node:path';
import type { Database } from '../../src/adapters/db/database.ts';
import type { AppContext, ChannelSettings } from '../../src/app/services.ts';
import { type ContentPack, loadPack } from '../../src/content/pack.ts';
import { type Clock, ManualClock } from '../../src/domain/clock.ts';
import { createLogger } from '../../src/logger.ts';

let launchPack: ContentPack | undefined;

/** The channels use-case tests administer (the sandbox's demo channel ids). */
export const TEST_CHANNELS: ChannelSettings = {
  free: -1001000000001,
  vip: -1001000000002,
  joinRequestDelaySeconds: 180,
};

export function testPack(): ContentPack {
  launchPack ??= loadPack(resolve('content/diana'));
  return launchPack;
}

export function testApp(
  database: Database,
  options: { clock?: Clock; timeZone?: string; pack?: ContentPack; channels?: Partial<ChannelSettings> } = {},
) {
  const app: AppContext = {
    db: database.db,
    pack: options.pack ?? testPack(),
    clock: options.clock ?? new ManualClock(),
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false),
    adminIds: new Set(),
    timeZone: options.timeZone ?? 'America/Mexico_City',
    channels: { ...TEST_CHANNELS, ...options.channels },
  };
  return app;
}
