// Telegram's limits are per bot, not per process: with REDIS_URL, every instance books its sending slots in
// Redis, so together they keep one pace overall (~25 messages per second), one for paid broadcasts beside it,
// and one message per second per chat. If Redis cannot be reached, each instance keeps to the limits on its own
// until it can again.
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import {
  LANES,
  type PaceLane,
  PER_CHAT_INTERVAL_MS,
  type SendLane,
  type SendThrottle,
  Throttle,
} from '../telegram/messenger.ts';
import { openRedis } from './redis-client.ts';

/**
 * Books a slot atomically, by Redis' own clock (instances' clocks may differ), with the pace of `paceOverall`
 * (messages evenly spaced, a few at once). Returns 0 when the slot is booked, otherwise how many milliseconds
 * to wait before asking again.
 * KEYS: when the next message is due at the steady pace, the chat's last message.
 * ARGV: messages per second overall, milliseconds between two messages to one chat, messages at once.
 */
const BOOK_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local chatWait = redis.call('PTTL', KEYS[2])
if chatWait > 0 then return chatWait end
local interval = 1000 / tonumber(ARGV[1])
local due = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'), now)
local wait = due - now - interval * (tonumber(ARGV[3]) - 1)
if wait > 0 then return math.ceil(wait) end
redis.call('SET', KEYS[1], tostring(due + interval), 'PX', 60000)
redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])
return 0
`;

type BookingRedis = Redis & {
  bookSlot(
    paceKey: string,
    chatKey: string,
    perSecond: number,
    perChatMs: number,
    burst: number,
  ): Promise<number>;
};

export interface SharedThrottleOptions {
  /** Keys are namespaced per bot: two bots on one Redis have their own limits. */
  botId: number;
  /** The lanes' paces, each as given or the usual one. */
  lanes?: Partial<Record<SendLane, PaceLane>>;
  perChatMs?: number;
}

export class SharedThrottle implements SendThrottle {
  private readonly prefix: string;
  private readonly lanes: Readonly<Record<SendLane, PaceLane>>;
  private readonly perChatMs: number;
  private readonly alone: Throttle;
  private reachable = true;
  private closed = false;

  /** Connects (waiting briefly for Redis); an unreachable Redis is reported, and retried in the background. */
  static async connect(url: string, log: Logger, options: SharedThrottleOptions): Promise<SharedThrottle> {
    // A booking never waits for a lost connection (the local throttle takes over meanwhile).
    const throttle = new SharedThrottle(
      (await openRedis(url, { lazyConnect: true })) as BookingRedis,
      log,
      options,
    );
    await throttle.redis.connect().catch((err: unknown) => throttle.lost(err));
    return throttle;
  }

  private constructor(
    private readonly redis: BookingRedis,
    private readonly log: Logger,
    options: SharedThrottleOptions,
  ) {
    this.lanes = { ...LANES, ...options.lanes };
    this.perChatMs = options.perChatMs ?? PER_CHAT_INTERVAL_MS;
    this.alone = new Throttle(this.lanes, this.perChatMs);
    // One hash tag: a Redis Cluster keeps all of a bot's keys on one node, as the script needs.
    this.prefix = `{diana:throttle:${options.botId}}`;
    this.redis.defineCommand('bookSlot', { numberOfKeys: 2, lua: BOOK_SLOT }); // outages reported by lost()
  }

  async slot(chatId: number, lane: SendLane = 'free'): Promise<void> {
    const { perSecond, burst } = this.lanes[lane];
    // The free lane keeps the key it always had: instances of an older version share its pace.
    const paceKey = lane === 'free' ? `${this.prefix}:pace` : `${this.prefix}:pace:${lane}`;
    for (;;) {
      let wait: number;
      try {
        if (this.redis.status !== 'ready') throw new Error(`the Redis connection is ${this.redis.status}`);
        wait = await this.redis.bookSlot(
          paceKey,
          `${this.prefix}:chat:${chatId}`,
          perSecond,
          this.perChatMs,
          burst,
        );
      } catch (err) {
        this.lost(err);
        return this.alone.slot(chatId, lane);
      }
      this.found();
      if (wait <= 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.redis.disconnect();
  }

  private found(): void {
    if (!this.reachable) this.log.info('Redis is back: sending limits are shared again');
    this.reachable = true;
  }

  private lost(err: unknown): void {
    if (this.reachable && !this.closed)
      this.log.warn({ err }, 'Redis unreachable: this instance keeps the sending limits alone');
    this.reachable = false;
  }
}
