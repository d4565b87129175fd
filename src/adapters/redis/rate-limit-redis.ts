// The Redis connection where the admin API counts requests per key, so that several instances share one
// budget. A lost connection never holds a request up: the count is skipped until Redis is back.
import type { Redis } from 'ioredis';

export async function rateLimitRedis(url: string): Promise<Redis> {
  // Loaded only by a deployment that uses Redis (the module alone weighs some 10 MB).
  const { Redis: RedisClient } = await import('ioredis');
  const redis = new RedisClient(url, {
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  redis.on('error', () => {}); // the rate limiter skips the count while Redis is away
  return redis;
}
