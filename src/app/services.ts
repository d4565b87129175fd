// What every use-case needs, passed in by the composition root (no globals).
import type { Logger } from 'pino';
import type { Db } from '../adapters/db/database.ts';
import type { Config } from '../config.ts';
import type { ContentPack } from '../content/pack.ts';
import type { Clock } from '../domain/clock.ts';

export interface AppContext {
  db: Db;
  pack: ContentPack;
  clock: Clock;
  log: Logger;
  adminIds: ReadonlySet<number>;
  /** The zone that defines "today" for users who have not chosen one. */
  timeZone: string;
  /** The channels the bot administers (FREE_CHANNEL_ID, VIP_CHANNEL_ID; unset ones are left alone). */
  channels: ChannelSettings;
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
