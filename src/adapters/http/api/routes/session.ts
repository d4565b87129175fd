// Signing in to the console: the one-time link from /admin → 🖥️ Consola opens GET /session/login, which keeps
// the refresh token in an httpOnly cookie and sends the browser on to the console; the console then exchanges
// the cookie for a short access token (POST /session/refresh), again whenever the token is about to end.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { REFRESH_TOKEN_TTL_MS } from '../../../../app/access/console-sessions.ts';
import { ROLES } from '../../../../domain/access.ts';
import { verifyWidgetLogin, type WidgetLogin } from '../../../../domain/telegram-login.ts';
import { HttpProblem } from '../../problem.ts';
import { API_PREFIX, type ApiRoutes } from '../api.ts';

const COOKIE = 'diana_refresh';
const COOKIE_PATH = `${API_PREFIX}/session`;
/** Where the browser goes once signed in. */
export const CONSOLE_PATH = '/console/';

const Session = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.number().int(),
    telegramId: z.number().int(),
    role: z.enum(ROLES),
  })
  .meta({ id: 'ConsoleSession' });

function setRefreshCookie(request: FastifyRequest, reply: FastifyReply, token: string | undefined) {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  const value = token ?? '';
  const age = token ? Math.floor(REFRESH_TOKEN_TTL_MS / 1000) : 0;
  reply.header(
    'set-cookie',
    `${COOKIE}=${value}; Path=${COOKIE_PATH}; HttpOnly; SameSite=Strict; Max-Age=${age}${secure}`,
  );
}

function refreshCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie ?? '';
  return new RegExp(`(?:^|;\\s*)${COOKIE}=([\\w-]+)`).exec(header)?.[1];
}

export const sessionRoutes: ApiRoutes = (api, { app, sessions, botToken }) => {
  api.post(
    '/session/telegram',
    {
      config: { role: 'public' },
      schema: {
        summary: 'Sign in with the Telegram Login Widget: its fields, as Telegram signed them',
        description: 'Sets the refresh cookie; then POST /session/refresh gives the access token.',
        tags: ['session'],
        body: z
          .object({ id: z.number().int().positive(), auth_date: z.number().int(), hash: z.string().max(128) })
          .catchall(z.union([z.string().max(512), z.number()])),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!sessions || !botToken)
        throw new HttpProblem(404, 'the Telegram Login Widget is not available here');
      const telegramId = verifyWidgetLogin(request.body as WidgetLogin, botToken, app.clock.now());
      if (telegramId === undefined)
        throw new HttpProblem(401, 'the Telegram login could not be verified, or it is older than a day');
      const session = await sessions.signInAs(telegramId);
      if (session === 'no_role') throw new HttpProblem(403, 'this person has no role in the console');
      setRefreshCookie(request, reply, session.refreshToken);
      return reply.code(204).send(null);
    },
  );

  api.get(
    '/session/login',
    {
      config: { role: 'public' },
      schema: {
        summary: 'Open a one-time login link: sets the refresh cookie and goes on to the console',
        tags: ['session'],
        querystring: z.object({ token: z.string().min(1).max(200) }),
        response: { 303: z.null().describe('Signed in: on to the console') },
      },
    },
    async (request, reply) => {
      if (!sessions) throw new HttpProblem(404, 'signing in through Telegram is not available here');
      const session = await sessions.signIn(request.query.token);
      if (session === 'invalid')
        throw new HttpProblem(401, 'this login link is unknown, used or expired; ask /admin for a new one');
      if (session === 'no_role') throw new HttpProblem(403, 'this person has no role in the console');
      setRefreshCookie(request, reply, session.refreshToken);
      return reply.code(303).header('location', CONSOLE_PATH).send(null);
    },
  );

  api.post(
    '/session/refresh',
    {
      config: { role: 'public' },
      schema: {
        summary: 'Exchange the refresh cookie for an access token (and a new refresh cookie)',
        description:
          'The cookie works once: one that comes back after it was exchanged ends every session of that sign-in.',
        tags: ['session'],
        response: { 200: Session },
      },
    },
    async (request, reply) => {
      const token = refreshCookie(request);
      const outcome = token && sessions ? await sessions.refresh(token) : 'invalid';
      if (typeof outcome === 'string') {
        setRefreshCookie(request, reply, undefined);
        throw new HttpProblem(
          401,
          outcome === 'reused'
            ? 'this session was already refreshed elsewhere; every session of this sign-in has ended'
            : 'no valid session; sign in again through /admin',
        );
      }
      setRefreshCookie(request, reply, outcome.refreshToken);
      return {
        accessToken: outcome.accessToken,
        tokenType: 'Bearer' as const,
        expiresIn: outcome.expiresIn,
        telegramId: outcome.telegramId,
        role: outcome.role,
      };
    },
  );

  api.post(
    '/session/logout',
    {
      config: { role: 'public' },
      schema: { summary: 'End this sign-in', tags: ['session'], response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = refreshCookie(request);
      if (token && sessions) await sessions.signOut(token);
      setRefreshCookie(request, reply, undefined);
      return reply.code(204).send(null);
    },
  );
};
