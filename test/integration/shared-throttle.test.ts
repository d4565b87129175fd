// Several instances sending for one bot share Telegram's limits through Redis (the real one the suite runs
// beside), paid broadcasts in a lane of their own, and an instance that loses Redis keeps to the limits alone
// instead of failing.
import { randomInt } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SharedThrottle, type SharedThrottleOptions } from '../../src/adapters/redis/shared-throttle.ts';
import { BURST, type SendLane } from '../../src/adapters/telegram/messenger.ts';
import { createLogger } from '../../src/logger.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('sending limits shared through Redis', () => {
  const opened: SharedThrottle[] = [];
  const instance = async (
    botId: number,
    options: Omit<SharedThrottleOptions, 'botId'> = {},
    url = REDIS_URL,
  ) => {
    const throttle = await SharedThrottle.connect(url, createLogger('silent', false), { botId, ...options });
    opened.push(throttle);
    return throttle;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.close()));
  });

  /** Books `count` slots, spread over the instances, and resolves with the milliseconds it took. */
  const book = async (
    instances: SharedThrottle[],
    chats: (i: number) => number,
    count: number,
    lane: SendLane = 'free',
  ) => {
    const started = Date.now();
    await Promise.all(
      Array.from({ length: count }, (_, i) => instances[i % instances.length]!.slot(chats(i), lane)),
    );
    return Date.now() - started;
  };
  const fivePerSecond = { lanes: { free: { perSecond: 5, burst: BURST } } };

  it('holds two instances together to the overall rate, as one', async () => {
    const botId = randomInt(1, 2 ** 40);
    const pair = await Promise.all([instance(botId, fivePerSecond), instance(botId, fivePerSecond)]);
    // 20 messages at 5 per second need four one-second windows: over two seconds even when the first lands
    // at the end of a window. Each instance alone would have let its 10 through in two (about a second).
    expect(await book(pair, (i) => i, 20)).toBeGreaterThan(1_500);
  });

  it('holds two instances together to one message at a time per chat', async () => {
    const botId = randomInt(1, 2 ** 40);
    const pair = await Promise.all([
      instance(botId, { perChatMs: 300 }),
      instance(botId, { perChatMs: 300 }),
    ]);
    // Four messages 300 ms apart take 900 ms; each instance alone would have sent its two in 300.
    expect(await book(pair, () => 42, 4)).toBeGreaterThanOrEqual(800);
  });

  it('keeps the limits of two bots apart', async () => {
    const botA = randomInt(1, 2 ** 40);
    const [a1, a2, b] = await Promise.all([
      instance(botA, { perChatMs: 600 }),
      instance(botA, { perChatMs: 600 }),
      instance(botA + 1, { perChatMs: 600 }),
    ]);
    // The other bot may write to the same chat at once; the same bot, from another instance, may not.
    expect(await book([a1!, b!], () => 42, 2)).toBeLessThan(300);
    expect(await book([a2!], () => 42, 1)).toBeGreaterThanOrEqual(400);
  });

  it('lets a paid broadcast out far faster, without holding up the free lane', async () => {
    const botId = randomInt(1, 2 ** 40);
    const pair = await Promise.all([instance(botId, fivePerSecond), instance(botId, fivePerSecond)]);
    const [paid, free] = await Promise.all([
      // 300 at the free pace of the test (5 a second) would take a minute.
      book(pair, (i) => i, 300, 'paid'),
      // Five at once, then one every 200 ms, whatever the paid lane does.
      book(pair, (i) => 10_000 + i, 7),
    ]);
    expect(paid).toBeLessThan(2_000);
    expect(free).toBeGreaterThanOrEqual(350);
    expect(free).toBeLessThan(1_500);
  });

  it('holds two instances together to the paid lane’s rate', async () => {
    const botId = randomInt(1, 2 ** 40);
    const lanes = { paid: { perSecond: 50, burst: 10 } };
    const pair = await Promise.all([instance(botId, { lanes }), instance(botId, { lanes })]);
    // 110 at 50 a second after 10 at once: two seconds; each instance alone would have sent its 55 in one.
    expect(await book(pair, (i) => i, 110, 'paid')).toBeGreaterThan(1_700);
  });

  it('keeps one message at a time per chat across the lanes', async () => {
    const botId = randomInt(1, 2 ** 40);
    const [a, b] = await Promise.all([
      instance(botId, { perChatMs: 300 }),
      instance(botId, { perChatMs: 300 }),
    ]);
    const started = Date.now();
    await Promise.all([a!.slot(42, 'paid'), b!.slot(42, 'free')]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('keeps to the limits alone when Redis cannot be reached', async () => {
    const lost = await instance(1, { perChatMs: 300 }, 'redis://127.0.0.1:1');
    const elapsed = await book([lost], () => 7, 3);
    expect(elapsed).toBeGreaterThanOrEqual(500);
    expect(elapsed).toBeLessThan(5_000);
  });
});
