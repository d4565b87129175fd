// The admin API's doors: every route in the OpenAPI document answers 401 without credentials and 403 to every
// role below its own, as RFC 9457 problems carrying the request id that the request's log lines carry.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { createApiKey, KEY_CACHE_MS } from '../../src/app/access/api-keys.ts';
import { type Role, rolesBelow } from '../../src/domain/access.ts';
import { startApi } from '../support/api.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

type Operation = { 'x-role': Role | 'public'; security?: unknown; responses: Record<string, unknown> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

describe.each(DATABASE_KINDS)('admin API access (%s)', (kind) => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;
  let document: Document;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    api = await startApi(database);
    const res = await api.http.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    document = res.json();
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  /** Every operation that needs credentials (the sign-in routes are the only public ones). */
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).flatMap(([method, op]) => {
        const role = op['x-role'];
        if (role === 'public') {
          expect(path).toMatch(/^\/api\/v1\/session\//);
          return [];
        }
        return [
          {
            method: method.toUpperCase() as 'GET',
            // Path parameters get a value of their form; the door is checked before the route reads them.
            url: path.replace(/\{[^}]+\}/g, '1'),
            op: { ...op, 'x-role': role },
          },
        ];
      }),
    );

  it('documents every route as OpenAPI 3.1 with its role, bearer security and problem responses', () => {
    expect(document.openapi).toBe('3.1.0');
    const ops = operations();
    expect(ops.length).toBeGreaterThan(1);
    for (const { method, url, op } of ops) {
      expect(op['x-role'], `${method} ${url}`).toMatch(/^(admin|operator|developer|viewer)$/);
      expect(op.security).toEqual([{ bearer: [] }]);
      for (const code of ['400', '401', '403', '429', '500']) expect(op.responses).toHaveProperty(code);
    }
  });

  it('every route answers 401 without credentials, and with an unknown key', async () => {
    for (const { method, url } of operations()) {
      for (const headers of [{}, { authorization: 'Bearer dk_0000000000000000000000000000000x' }]) {
        const res = await api.http.inject({
          method,
          url,
          headers,
          payload: method === 'GET' ? undefined : {},
        });
        expect(res.statusCode, `${method} ${url}`).toBe(401);
        expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
        expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
        expect(res.json()).toMatchObject({ status: 401, instance: url.split('?')[0] });
      }
    }
  });

  it('every route answers 403 to each role below its own', async () => {
    let checked = 0;
    for (const { method, url, op } of operations()) {
      for (const role of rolesBelow(op['x-role'])) {
        const res = await api.http.inject({
          method,
          url,
          headers: api.as(role),
          payload: method === 'GET' ? undefined : {},
        });
        expect(res.statusCode, `${method} ${url} as ${role}`).toBe(403);
        expect(res.json()).toMatchObject({ status: 403, title: 'Forbidden' });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('a problem carries the request id given in x-request-id, and so do the log lines of that request', async () => {
    const res = await api.http.inject({
      method: 'GET',
      url: '/api/v1/keys',
      headers: { ...api.as('viewer'), 'x-request-id': 'trace-abc.123' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['x-request-id']).toBe('trace-abc.123');
    expect(res.json().requestId).toBe('trace-abc.123');
    const lines = api.logs.lines.filter((l) => l.reqId === 'trace-abc.123');
    expect(lines).toContainEqual(expect.objectContaining({ status: 403, msg: 'api request refused' }));
    // An id that is not a sane token is replaced by a fresh one.
    const odd = await api.http.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'x-request-id': 'a b\u0000c' },
    });
    expect(odd.json().requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a key acts with its role and is seen in use', async () => {
    const res = await api.http.inject({ method: 'GET', url: '/api/v1/me', headers: api.as('operator') });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'key',
      role: 'operator',
      actor: expect.stringMatching(/^key:\d+ operator-key$/),
    });
    const keys = await api.http.inject({ method: 'GET', url: '/api/v1/keys', headers: api.as('admin') });
    const operator = keys.json().items.find((k: { name: string }) => k.name === 'operator-key');
    expect(operator.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(keys.json())).not.toContain(api.keys.operator);
  });

  it('a revoked key is refused at once, and the revocation is audited with actor, role and request id', async () => {
    const made = await api.http.inject({
      method: 'POST',
      url: '/api/v1/keys',
      headers: api.as('admin'),
      payload: { name: 'short-lived', role: 'viewer' },
    });
    expect(made.statusCode).toBe(201);
    const { key, apiKey } = made.json();
    const mine = { authorization: `Bearer ${key}` };
    expect((await api.http.inject({ method: 'GET', url: '/api/v1/me', headers: mine })).statusCode).toBe(200);
    const revoked = await api.http.inject({
      method: 'DELETE',
      url: `/api/v1/keys/${apiKey.id}`,
      headers: { ...api.as('admin'), 'x-request-id': 'revoke-1' },
    });
    expect(revoked.statusCode).toBe(200);
    expect((await api.http.inject({ method: 'GET', url: '/api/v1/me', headers: mine })).statusCode).toBe(401);
    const audit = await api.app.db
      .selectFrom('audit_log')
      .select(['action', 'actor', 'actor_role', 'request_id', 'admin_id'])
      .where('ref', '=', `apikey:${apiKey.id}`)
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'apikey-create',
        actor: expect.stringMatching(/^key:\d+ admin-key$/),
        actor_role: 'admin',
      }),
      {
        action: 'apikey-revoke',
        actor: expect.stringMatching(/^key:\d+ admin-key$/),
        actor_role: 'admin',
        request_id: 'revoke-1',
        admin_id: 0,
      },
    ]);
  });

  it('a key revoked elsewhere (the command line, another instance) is refused within the key cache time', async () => {
    const { key, apiKey } = await createApiKey(api.app, {
      name: 'elsewhere',
      role: 'viewer',
      createdBy: 'test',
    });
    const mine = { authorization: `Bearer ${key}` };
    const me = () => api.http.inject({ method: 'GET', url: '/api/v1/me', headers: mine });
    expect((await me()).statusCode).toBe(200);
    await api.app.db
      .updateTable('api_keys')
      .set({ revoked_at: api.app.clock.now() })
      .where('id', '=', apiKey.id)
      .execute();
    api.app.clock.advance(KEY_CACHE_MS);
    const refused = await me();
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });
});
