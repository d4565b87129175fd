// Serves the emulator over HTTP with the Bot API's URL scheme and envelope:
// POST {root}/bot<token>/<method> -> { ok: true, result } | { ok: false, error_code, description }.
import type { FastifyInstance } from 'fastify';
import { type BotApiEmulator, BotApiError } from './emulator.ts';

export function registerBotApiRoutes(http: FastifyInstance, emulator: BotApiEmulator, prefix: string): void {
  // Telegram accepts form-encoded bodies as well as JSON.
  if (!http.hasContentTypeParser('application/x-www-form-urlencoded')) {
    http.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      },
    );
  }
  const handler = async (
    request: { params: unknown; body: unknown; query: unknown },
    reply: { code(n: number): { send(b: unknown): unknown } },
  ) => {
    const { token, method } = request.params as { token: string; method: string };
    if (token !== emulator.token) {
      return reply.code(401).send({ ok: false, error_code: 401, description: 'Unauthorized' });
    }
    const params = { ...(request.query as object), ...((request.body as object | undefined) ?? {}) };
    try {
      const result = await emulator.call(method, params);
      return reply.code(200).send({ ok: true, result });
    } catch (error) {
      if (error instanceof BotApiError) {
        return reply.code(error.code).send({
          ok: false,
          error_code: error.code,
          description: error.description,
          ...(error.parameters ? { parameters: error.parameters } : {}),
        });
      }
      throw error;
    }
  };
  http.post(`${prefix}/bot:token/:method`, handler);
  http.get(`${prefix}/bot:token/:method`, handler);
}
