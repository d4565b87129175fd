// The sandbox lets whoever talks to it act as anyone, so it only talks to this machine: JSON only (a form on
// another site cannot post /admin into someone's chat), only to requests addressed to a loopback name (DNS
// rebinding), the emulated Bot API by POST with this run's random token; and bad parameters get a 400 problem
// (RFC 9457), not a 500.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

interface Answer {
  status: number;
  type: string;
  body: Record<string, unknown>;
}

describe('the sandbox only talks to this machine', () => {
  let t: TestDiana;
  let port: number;
  const ana = uniqueUserId();

  beforeAll(async () => {
    t = await startTestDiana();
    port = Number(new URL(t.diana.url).port);
    t.emulator.addUser({ id: ana, first_name: 'Ana', language_code: 'es' });
  });
  afterAll(() => t?.stop());

  /** A raw HTTP request, so that the Host header can be anything a browser could send. */
  const send = (
    method: string,
    path: string,
    options: { host?: string; type?: string; body?: string } = {},
  ): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: {
            host: options.host ?? `127.0.0.1:${port}`,
            ...(options.type ? { 'content-type': options.type } : {}),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              type: String(res.headers['content-type'] ?? ''),
              body: text.startsWith('{') ? JSON.parse(text) : { text },
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });

  it('refuses a cross-site form post: nothing reaches the bot', async () => {
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', 'text=%2Fadmin'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\n/admin\r\n--x--',
      ],
      ['text/plain', '{"text":"/admin"}'],
    ] as const) {
      const answer = await send('POST', `/sandbox/api/chats/${ana}/messages`, { type, body });
      expect(answer.status).toBe(415);
      expect(answer.type).toContain('application/problem+json');
    }
    expect(t.emulator.history(ana)).toHaveLength(0);
    const json = await send('POST', `/sandbox/api/chats/${ana}/messages`, {
      type: 'application/json',
      body: JSON.stringify({ text: 'hola' }),
    });
    expect(json.status).toBe(200);
    expect(t.emulator.history(ana).at(-1)?.text).toBe('hola');
  });

  it('answers only requests addressed to a loopback name (no DNS rebinding)', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `192.168.1.7:${port}`,
      'localhost.evil.example',
    ]) {
      for (const path of ['/sandbox', `/sandbox/api/chats/${ana}`, '/sandbox/api/bot']) {
        const answer = await send('GET', path, { host });
        expect(answer.status, `${host} ${path}`).toBe(403);
        expect(answer.type).toContain('application/problem+json');
      }
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await send('GET', `/sandbox/api/chats/${ana}`, { host })).status).toBe(200);
    }
    // What is not the sandbox is not bound to loopback names.
    expect((await send('GET', '/health', { host: 'diana.example.com' })).status).toBe(200);
  });

  it('serves the emulated Bot API by POST only, with a token of this run', async () => {
    const token = t.emulator.token;
    expect(token).not.toBe(new BotApiEmulator().token);
    expect(token).not.toBe('1000000:sandbox-token-for-the-local-emulator');
    const getMe = `/sandbox/bot-api/bot${token}/getMe`;
    expect((await send('GET', getMe)).status).toBe(404);
    expect((await send('POST', getMe, { type: 'application/json', body: '{}' })).body).toMatchObject({
      ok: true,
      result: { is_bot: true },
    });
    const guessed = await send(
      'POST',
      '/sandbox/bot-api/bot1000000:sandbox-token-for-the-local-emulator/getMe',
      {
        type: 'application/json',
        body: '{}',
      },
    );
    expect(guessed.status).toBe(401);
    expect(
      (await send('POST', getMe, { type: 'application/x-www-form-urlencoded', body: 'a=1' })).status,
    ).toBe(415);
  });

  it('answers bad parameters with a 400 problem, not a 500', async () => {
    const cases: Array<[string, string, string | undefined, string]> = [
      ['GET', '/sandbox/api/chats/abc', undefined, 'params'],
      ['POST', '/sandbox/api/users', '{}', 'body'],
      ['POST', `/sandbox/api/chats/${ana}/messages`, '{"text":""}', 'body'],
      ['POST', '/sandbox/api/chats/-5/press', '{"messageId":1,"data":"x"}', 'params'],
      ['GET', '/sandbox/api/channels/xyz/posts?userId=1', undefined, 'params'],
      ['GET', '/sandbox/api/channels', undefined, 'querystring'],
      ['POST', '/sandbox/api/channels/-1001000000001/join', '{"userId":"nobody"}', 'body'],
      ['GET', '/sandbox/api/users/0/stars', undefined, 'params'],
    ];
    for (const [method, path, body, where] of cases) {
      const answer = await send(method, path, body === undefined ? {} : { type: 'application/json', body });
      expect(answer.status, `${method} ${path}`).toBe(400);
      expect(answer.type).toBe('application/problem+json; charset=utf-8');
      expect(answer.body).toMatchObject({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        instance: path.split('?')[0],
      });
      expect(answer.body.detail).toEqual(expect.stringContaining(`invalid ${where}`));
      expect(answer.body.requestId).toEqual(expect.any(String));
      expect((answer.body.errors as unknown[]).length).toBeGreaterThan(0);
    }
    const unknownUser = await send('GET', '/sandbox/api/chats/999999999');
    expect(unknownUser).toMatchObject({ status: 404, body: { status: 404, title: 'Not Found' } });
    const noRoute = await send('GET', '/sandbox/api/nothing-here');
    expect(noRoute).toMatchObject({ status: 404, body: { status: 404 } });
    expect(noRoute.type).toContain('application/problem+json');
  });
});
