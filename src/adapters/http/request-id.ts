// Every request has an id: the caller's `x-request-id` when it is a sane token (so a trace spans systems),
// otherwise a fresh UUID. The id is in every log line of the request, in its problem documents, and echoed
// back in the `x-request-id` response header.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

const SANE_ID = /^[\w.:@-]{1,128}$/;

export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SANE_ID.test(given) ? given : randomUUID();
}

export function echoRequestId(http: FastifyInstance): void {
  http.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
}
