// /metrics can stay private: METRICS_PORT serves it on a port of its own (and the app's port no longer has it),
// METRICS_TOKEN requires `Authorization: Bearer <token>`.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDiana, type TestDiana } from '../support/harness.ts';

const TOKEN = 'metrics-token-0123456789abcdef';

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

describe('/metrics with METRICS_PORT and METRICS_TOKEN', () => {
  let t: TestDiana;
  let metricsUrl: string;

  beforeAll(async () => {
    const port = await freePort();
    t = await startTestDiana({ env: { METRICS_PORT: String(port), METRICS_TOKEN: TOKEN } });
    metricsUrl = `http://127.0.0.1:${port}/metrics`;
  });
  afterAll(() => t?.stop());

  it('serves the metrics on their own port only', async () => {
    expect((await fetch(`${t.diana.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${t.diana.url}/health`)).status).toBe(200);
    const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('diana_updates_total');
  });

  it('asks for the bearer token, and refuses a wrong one', async () => {
    for (const authorization of [
      undefined,
      'Bearer wrong-token-0123456789',
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN}x`,
    ]) {
      const res = await fetch(metricsUrl, authorization ? { headers: { authorization } } : {});
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.text()).not.toContain('diana_updates_total');
    }
  });
});
