// What every use-case needs, passed in by the composition root (no globals).
import type { Logger } from 'pino';
import type { Db } from '../adapters/db/database.ts';
import type { Metrics } from '../adapters/http/metrics.ts';
import type { ContentPack } from '../content/pack.ts';
import type { Clock } from '../domain/clock.ts';
import type { Traffic } from './traffic.ts';

export interface AppContext {
  db: Db;
  pack: ContentPack;
  clock: Clock;
  log: Logger;
  adminIds: ReadonlySet<number>;
  /** The zone that defines "today" for users who have not chosen one. */
  timeZone: string;
  /** Counters for /metrics (absent in tools and tests that do not serve HTTP). */
  metrics?: Metrics;
  /** Updates in flight: background workers give way to them (absent where there is no bot). */
  traffic?: Traffic;
}
