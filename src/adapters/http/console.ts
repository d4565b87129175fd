// The web console at /console: the files `npm run build` wrote to console/dist. Hashed assets are cached for a
// year; index.html never is (it names the current assets), and every other path under /console is the
// single-page app's own route, answered with index.html.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { installPath } from '../../install-root.ts';

export const CONSOLE_DIST = installPath('console', 'dist');
const INDEX = 'index.html';

// The app loads only its own files; Mantine sets element styles at run time (hence inline styles).
const CSP = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export function consoleBuilt(dist = CONSOLE_DIST): boolean {
  return existsSync(join(dist, INDEX));
}

export function serveConsole(http: FastifyInstance, dist = CONSOLE_DIST): void {
  http.register(
    async (scope) => {
      scope.addHook('onSend', async (_request, reply) => {
        reply.header('content-security-policy', CSP);
        reply.header('x-content-type-options', 'nosniff');
        reply.header('referrer-policy', 'same-origin');
      });
      if (!consoleBuilt(dist)) {
        scope.get('/*', (_request, reply) =>
          reply
            .code(503)
            .type('text/plain; charset=utf-8')
            .send('The console is not built: run `npm run build` (or `npm install`), then restart.'),
        );
        return;
      }
      await scope.register(fastifyStatic, {
        root: dist,
        // One route per built file; any other path is the app's own and falls to index.html below.
        wildcard: false,
        index: false,
        // The headers below decide caching (send's own default would say max-age=0 for everything).
        cacheControl: false,
        // Vite names what it writes under assets/ after the content's hash.
        setHeaders: (res, path) => {
          res.setHeader(
            'cache-control',
            /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
      const sendApp = (_request: FastifyRequest, reply: FastifyReply) => reply.sendFile(INDEX);
      scope.get('/', sendApp);
      scope.get('/*', sendApp);
    },
    { prefix: '/console' },
  );
}
