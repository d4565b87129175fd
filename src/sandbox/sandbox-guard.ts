// The sandbox lets whoever talks to it act as anyone, so it talks only to this machine: requests must be
// addressed to a loopback name (a site whose name resolves to 127.0.0.1 — DNS rebinding — gets nothing), and
// anything but a GET must be JSON (a form on another site cannot post to it; a cross-site JSON post needs a
// CORS preflight, which the sandbox never grants).
import type { FastifyInstance } from 'fastify';
import { hostWithoutPort, isLoopback } from '../adapters/http/loopback.ts';
import { problemOf, sendProblem } from '../adapters/http/problem.ts';

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const MULTIPART_TYPE = /^multipart\/form-data\s*;/i;

/**
 * `uploadsUnder`: the emulated Bot API's prefix, where the bot uploads files as multipart/form-data, as it does
 * to Telegram; those calls are refused without the emulator's random token, which no other site knows.
 */
export function guardSandbox(scope: FastifyInstance, options: { uploadsUnder?: string } = {}): void {
  scope.addHook('onRequest', async (request, reply) => {
    if (!isLoopback(hostWithoutPort(request.headers.host ?? ''))) {
      return sendProblem(
        reply,
        problemOf(
          request,
          403,
          'the sandbox answers only requests addressed to localhost, 127.0.0.1 or [::1]',
        ),
      );
    }
    const type = request.headers['content-type'] ?? '';
    const upload =
      options.uploadsUnder !== undefined &&
      request.url.startsWith(`${options.uploadsUnder}/bot`) &&
      MULTIPART_TYPE.test(type);
    if (request.method !== 'GET' && request.method !== 'HEAD' && !JSON_TYPE.test(type) && !upload) {
      return sendProblem(
        reply,
        problemOf(request, 415, 'the sandbox accepts JSON only (Content-Type: application/json)'),
      );
    }
    return undefined;
  });
}
