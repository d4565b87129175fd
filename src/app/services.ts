// What every use-case needs, passed in by the composition root (no globals).
import type { Logger } from 'pino';
import type { Db } from '../adapters/db/database.ts';
import type { Metrics } from '../adapters/http/metrics.ts';
import type { Config } from '../config.ts';
import type { ContentPack } from '../content/pack.ts';
import type { Clock } from '../domain/clock.ts';
import type { RandomSource } from '../domain/dailies/chance.ts';
import type { DianaChat } from './conversation/talk.ts';
import type { Traffic } from './traffic.ts';

export interface AppContext {
  db: Db;
  pack: ContentPack;
  clock: Clock;
  log: Logger;
  adminIds: ReadonlySet<number>;
  /** The zone that defines "today" for users who have not chosen one. */
  timeZone: string;
  /** The dice of the game of chance; absent, a strong uniform source (secureRandom). Tests pass their own. */
  random?: RandomSource;
  /** Counters for /metrics (absent in tools and tests that do not serve HTTP). */
  metrics?: Metrics;
  /** Updates in flight: background workers give way to them (absent where there is no bot). */
  traffic?: Traffic;
  /** The channels the bot administers (FREE_CHANNEL_ID, VIP_CHANNEL_ID; unset ones are left alone). */
  channels: ChannelSettings;
  /** Diana's side of private conversations (absent in tools without a bot: free text then gets the fallback). */
  conversation?: DianaChat;
  /** The web console's sign-in (absent in tools and tests without the HTTP server). */
  console?: ConsoleAccess;
}

export interface ConsoleAccess {
  /** A one-time link that opens the console signed in as this person; undefined if they have no role. */
  loginLink(telegramId: number): Promise<string | undefined>;
}

export interface ChannelSettings {
  free: number | undefined;
  vip: number | undefined;
  /** How long a join request to the free channel waits before the bot approves it. */
  joinRequestDelaySeconds: number;
}

export function channelSettings(
  config: Pick<Config, 'freeChannelId' | 'vipChannelId' | 'joinRequestDelaySeconds'>,
): ChannelSettings {
  return {
    free: config.freeChannelId,
    vip: config.vipChannelId,
    joinRequestDelaySeconds: config.joinRequestDelaySeconds,
  };
}
