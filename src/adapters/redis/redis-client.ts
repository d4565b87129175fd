// The one way the project connects to Redis (the admin API's request counts, the shared sending pace). A lost
// connection never holds anything up: commands fail at once instead of queueing, the caller carries on without
// Redis (the rate limiter skips the count, the throttle keeps the pace alone), and reconnecting goes on in the
// background. The client module loads only in a deployment that uses Redis (it alone weighs some 10 MB).
import type { Redis } from 'ioredis';

/** A client for `url`; `lazyConnect`: connecting waits for `connect()`, so the caller can tell an outage. */
export async function openRedis(url: string, { lazyConnect = false } = {}): Promise<Redis> {
  const { Redis: Client } = await import('ioredis');
  const redis = new Client(url, {
    lazyConnect,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  // Reported by whoever uses it, as its own outage; an unhandled 'error' event would end the process.
  redis.on('error', () => {});
  return redis;
}
