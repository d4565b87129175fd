// How the server hands out the web console and the API's documentation: /console/<anything> is the app's
// index.html (never cached, under a strict CSP), the hashed assets are cached for a year, a server without a
// built console says how to build it, and /docs browses the same OpenAPI document as /api/v1/openapi.json.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { serveConsole } from '../../src/adapters/http/console.ts';
import { createHttpServer } from '../../src/adapters/http/server.ts';
import { startApi } from '../support/api.ts';
import { freshDatabase } from '../support/databases.ts';
import { capturedLogs } from '../support/logs.ts';

function builtConsole(): string {
  const dist = mkdtempSync(join(tmpdir(), 'diana-console-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  return dist;
}

describe('serving the console and the docs', () => {
  let database: Database;
  let api: Awaited<ReturnType<typeof startApi>>;

  beforeAll(async () => {
    database = await freshDatabase('embedded');
    api = await startApi(database);
  });
  afterAll(async () => {
    await api?.close();
    await database?.close();
  });

  it('answers every console path with index.html, and caches only the hashed assets', async () => {
    const http = createHttpServer(capturedLogs('silent').log, {
      database: async () => true,
      bot: () => 'polling',
    });
    serveConsole(http, builtConsole());
    try {
      for (const url of ['/console', '/console/', '/console/people', '/console/vip/tokens']) {
        const res = await http.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('<div id="root">');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers['content-security-policy']).toContain("default-src 'self'");
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
      const asset = await http.inject({ method: 'GET', url: '/console/assets/index-abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    } finally {
      await http.close();
    }
  });

  it('says how to build the console when it is not built', async () => {
    const http = createHttpServer(capturedLogs('silent').log, {
      database: async () => true,
      bot: () => 'polling',
    });
    serveConsole(http, mkdtempSync(join(tmpdir(), 'diana-console-empty-')));
    try {
      const res = await http.inject({ method: 'GET', url: '/console/people' });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('npm run build');
    } finally {
      await http.close();
    }
  });

  it('browses the API document at /docs', async () => {
    const page = await api.http.inject({ method: 'GET', url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const shown = (await api.http.inject({ method: 'GET', url: '/docs/json' })).json();
    const served = (await api.http.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(shown).toEqual(served);
    expect(shown.paths['/api/v1/channels/posts/{id}/publish'].post['x-role']).toBe('operator');
  });
});
