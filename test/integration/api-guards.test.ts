// The admin API's guards: its OpenAPI document passes an OpenAPI 3.1 validator; security headers on every
// answer; CORS only for CONSOLE_ORIGINS; a request budget per key (in memory, or shared through Redis), whose
// excess is a 429 problem with retry-after.
import { Validator } from '@seriousme/openapi-schema-validator';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { openRedis } from '../../src/adapters/redis/redis-client.ts';
import { startApi } from '../support/api.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe.each(DATABASE_KINDS)('admin API guards (%s)', (kind) => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    api = await startApi(database, {
      deps: { rateLimit: 5, consoleOrigins: ['https://console.example.com'] },
    });
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  it('serves an OpenAPI document that an OpenAPI 3.1 validator accepts', async () => {
    const document = (await api.http.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.components.schemas.Problem).toBeDefined();
    expect(document.paths['/api/v1/users/{id}/besitos'].post).toMatchObject({
      'x-role': 'operator',
      responses: { 401: { content: { 'application/problem+json': expect.any(Object) } } },
    });
  });

  it('answers with security headers; CORS only for the configured origins', async () => {
    const ok = await api.http.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...api.as('viewer'), origin: 'https://console.example.com' },
    });
    expect(ok.headers['content-security-policy']).toContain("default-src 'none'");
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    expect(ok.headers['access-control-allow-origin']).toBe('https://console.example.com');
    const stranger = await api.http.inject({
      method: 'OPTIONS',
      url: '/api/v1/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses requests past the budget of one key with a 429 problem; other keys go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await api.http.inject({ method: 'GET', url: '/api/v1/me', headers: api.as('developer') }))
          .statusCode,
      );
    // The viewer key spent one request above.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const refused = await api.http.inject({ method: 'GET', url: '/api/v1/me', headers: api.as('developer') });
    expect(refused.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.json()).toMatchObject({ status: 429, title: 'Too Many Requests' });
    expect(
      (await api.http.inject({ method: 'GET', url: '/api/v1/me', headers: api.as('admin') })).statusCode,
    ).toBe(200);
  });
});

describe('admin API guards without CONSOLE_ORIGINS, budget in Redis', () => {
  let database: Database;
  let redis: Redis;
  let apis: Array<Awaited<ReturnType<typeof startApi>>>;

  beforeAll(async () => {
    database = await freshDatabase('embedded');
    const probe = new Redis(REDIS_URL);
    await probe.flushdb();
    probe.disconnect();
    redis = await openRedis(REDIS_URL);
    // Counted in Redis, where every instance of the API shares one budget per key.
    const first = await startApi(database, { deps: { rateLimit: 4, redis } });
    apis = [first];
  });
  afterAll(async () => {
    for (const a of apis ?? []) await a.close();
    redis?.disconnect();
    await database?.close();
  });

  it('sends no CORS headers at all, and counts in Redis', async () => {
    const [api] = apis as [Awaited<ReturnType<typeof startApi>>];
    const res = await api.http.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { ...api.as('viewer'), origin: 'https://console.example.com' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const codes: number[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(
        (await api.http.inject({ method: 'GET', url: '/api/v1/me', headers: api.as('viewer') })).statusCode,
      );
    expect(codes).toEqual([200, 200, 200, 429]);
    const keys = await redis.keys('diana:api-rate:*');
    expect(keys.length).toBeGreaterThan(0);
  });
});
