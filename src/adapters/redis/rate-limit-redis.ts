// The Redis connection where the admin API counts requests per key, so that several instances share one
// budget. A lost connection never holds a request up: the count is skipped until Redis is back.
import { Redis } from 'ioredis';

export function rateLimitRedis(url: string): Redis {
  const redis = new Redis(url, {
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  redis.on('error', () => {}); // the rate limiter skips the count while Redis is away
  return redis;
}
