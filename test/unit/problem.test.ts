// Errors over HTTP are RFC 9457 problems: validation names what is wrong, a 500 says nothing of the inside but
// carries the request id that its log line carries too.
import Fastify, { type FastifyBaseLogger } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerProblemHandling } from '../../src/adapters/http/problem.ts';
import { capturedLogs } from '../support/logs.ts';

function app() {
  const logs = capturedLogs('info');
  const http = Fastify({ loggerInstance: logs.log as FastifyBaseLogger });
  registerProblemHandling(http);
  const typed = http.withTypeProvider<ZodTypeProvider>();
  typed.post(
    '/things/:id',
    {
      schema: {
        params: z.object({ id: z.coerce.number().int() }),
        body: z.object({ name: z.string().min(2) }),
      },
    },
    async (req) => ({ id: req.params.id, name: req.body.name }),
  );
  typed.get('/boom', async () => {
    throw new Error('database password is hunter2');
  });
  return { http, logs };
}

describe('problem details', () => {
  it('a validation problem is a 400 naming each wrong field', async () => {
    const { http } = app();
    const res = await http.inject({ method: 'POST', url: '/things/7?x=1', payload: { name: 'a' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(res.json()).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: expect.stringContaining('invalid body: /name'),
      instance: '/things/7',
      requestId: expect.any(String),
      errors: [{ in: 'body', path: '/name', message: expect.any(String) }],
    });
    const ok = await http.inject({ method: 'POST', url: '/things/7', payload: { name: 'ab' } });
    expect(ok.json()).toEqual({ id: 7, name: 'ab' });
  });

  it('an unexpected error is a 500 that hides the inside, logged with the same request id', async () => {
    const { http, logs } = app();
    const res = await http.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body).toMatchObject({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      instance: '/boom',
    });
    expect(JSON.stringify(body)).not.toContain('hunter2');
    const logged = logs.lines.find((l) => l.msg === 'request failed');
    expect(logged).toMatchObject({ level: 50, requestId: body.requestId });
  });

  it('an unknown path is a 404 problem', async () => {
    const { http } = app();
    const res = await http.inject({ method: 'GET', url: '/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ status: 404, title: 'Not Found', instance: '/nowhere' });
  });
});
