// Serves the emulator over HTTP with the Bot API's URL scheme and envelope:
// POST {root}/bot<token>/<method> -> { ok: true, result } | { ok: false, error_code, description }.
// POST only, as grammY calls it, and only with the emulator's token (a new random one every run).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type BotApiEmulator, BotApiError } from './emulator.ts';
import { parseMultipart } from './emulator-files.ts';

export function registerBotApiRoutes(http: FastifyInstance, emulator: BotApiEmulator, prefix: string): void {
  // Uploads (sendDocument with a file) come as multipart/form-data, as grammY sends them to Telegram.
  if (!http.hasContentTypeParser('multipart/form-data')) {
    http.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'buffer', bodyLimit: 60 * 1024 * 1024 },
      (request, body, done) => {
        try {
          done(null, parseMultipart(body as Buffer, String(request.headers['content-type'] ?? '')));
        } catch (error) {
          done(error as Error, undefined);
        }
      },
    );
  }
  http.post(`${prefix}/bot:token/:method`, async (request: FastifyRequest, reply: FastifyReply) => {
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
  });
}

/** Telegram also takes form-encoded bodies; the stand-alone emulator does too (the sandbox takes JSON only). */
export function acceptFormBodies(http: FastifyInstance): void {
  http.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );
}
