// The HTTP server: liveness and readiness for operators; features (sandbox, webhook, API) add their routes.
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import { registerProblemHandling } from './problem.ts';
import { echoRequestId, requestIdOf } from './request-id.ts';

export interface Readiness {
  database(): Promise<boolean>;
  /** `retrying`: polling, but Telegram does not answer (or answers 409) for now. */
  bot(): 'polling' | 'webhook' | 'starting' | 'retrying' | 'stopped';
}

export function createHttpServer(log: Logger, readiness: Readiness): FastifyInstance {
  const http = Fastify({
    loggerInstance: log.child({ component: 'http' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: true,
    bodyLimit: 1024 * 1024,
    requestIdHeader: false,
    genReqId: requestIdOf,
  });
  echoRequestId(http);

  registerProblemHandling(http);

  http.get('/health', async () => ({ status: 'ok' }));

  http.get('/ready', async (_request, reply) => {
    const database = await readiness.database();
    const bot = readiness.bot();
    const ready = database && (bot === 'polling' || bot === 'webhook');
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', database, bot });
  });

  return http;
}
