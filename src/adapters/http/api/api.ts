// The admin API at /api/v1: zod-validated routes, an OpenAPI 3.1 document generated from them
// (/api/v1/openapi.json), RFC 9457 problems for every error, and access by role. Every route declares the role
// it needs (`config.role`); a route without one refuses to start. Callers present an API key (or, from the
// console, an access token) as `Authorization: Bearer …`.
import { createHash } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { authenticateApiKey } from '../../../app/access/api-keys.ts';
import type { ConsoleSessions } from '../../../app/access/console-sessions.ts';
import type { AppContext } from '../../../app/services.ts';
import type { TelegramRefund } from '../../../app/vip/payments.ts';
import { API_KEY_PATTERN, allows, type Role } from '../../../domain/access.ts';
import { actingAs } from '../../db/repositories/audit.ts';
import type { ChannelPost } from '../../db/repositories/channel-posts.ts';
import { problemOf, sendProblem } from '../problem.ts';
import { auditActor, type Principal } from './principal.ts';
import { ProblemSchema } from './schemas.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The role a route needs; `public` routes need no credentials (the OpenAPI document). */
    role?: Role | 'public';
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

export const API_PREFIX = '/api/v1';

export interface ApiDeps {
  app: AppContext;
  /** Gives a payment's Stars back through Telegram (absent where no bot runs: refunds then answer 503). */
  refund?: (userId: number, chargeId: string) => Promise<TelegramRefund>;
  /** Sends a channel post draft to its channel, returning the message id (absent where no bot runs: 503). */
  publishPost?: (post: ChannelPost) => Promise<number>;
  /** Requests per minute for one key (or one address without credentials); default 600. */
  rateLimit?: number;
  /** Where the limits are counted when several instances serve the API (REDIS_URL). */
  redis?: Redis;
  /** Origins allowed by CORS (CONSOLE_ORIGINS); none: same origin only. */
  consoleOrigins?: string[];
  /** The console's sign-in through Telegram (absent: API keys only). */
  sessions?: ConsoleSessions;
  /** The bot token, which checks the Telegram Login Widget's proofs (absent: the widget is refused). */
  botToken?: string;
}

export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A route module: adds its routes to the API. */
export type ApiRoutes = (api: Api, deps: ApiDeps) => void;

/** The caller of a route that needs credentials (the access check has run). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('a route with a role ran without a principal');
  return request.principal;
}

/** Runs a write on behalf of the caller: its audit rows name the actor, the role and the request id. */
export function asCaller<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
  return actingAs(auditActor(principalOf(request), String(request.id)), work);
}

const PROBLEMS: Record<number, string> = {
  400: 'The request is malformed (each problem named in `errors`)',
  401: 'No credentials, or credentials that are unknown, expired or revoked',
  403: 'The credentials are valid but their role does not reach this route',
  404: 'No such resource',
  429: 'Too many requests for these credentials; retry after the time in `retry-after`',
  500: 'Something went wrong; the log lines with this request id have the details',
};

const problemContent = {
  'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
};

export function registerApi(http: FastifyInstance, deps: ApiDeps, routes: ApiRoutes[]): void {
  let document: (() => unknown) | undefined;
  http.register(
    async (instance) => {
      const api: Api = instance.withTypeProvider<ZodTypeProvider>();
      document = () => api.swagger();
      await registerGuards(api, deps);
      await api.register(swagger, {
        openapi: {
          openapi: '3.1.0',
          info: {
            title: 'Diana admin API',
            version: '1.0.0',
            description:
              'Run a Diana community from scripts and the console. Every route needs `Authorization: Bearer <key or token>` and declares its role in `x-role`; errors are RFC 9457 problem documents carrying the request id (`x-request-id`).',
          },
          components: {
            securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
            schemas: {
              Problem: z.toJSONSchema(ProblemSchema, { target: 'draft-2020-12' }) as never,
            },
          },
        },
        transformObject: jsonSchemaTransformObject,
        transform: (document) => {
          const transformed = jsonSchemaTransform(document);
          const role = document.route.config?.role;
          if (!role) return transformed;
          if (role === 'public')
            return { url: transformed.url, schema: { ...transformed.schema, 'x-role': 'public' } };
          const schema = transformed.schema as Record<string, unknown>;
          const responses = { ...(schema.response as Record<string, unknown> | undefined) };
          const codes = [400, 401, 403, ...(document.url.includes(':') ? [404] : []), 429, 500];
          for (const code of codes)
            responses[code] ??= { description: PROBLEMS[code], content: problemContent };
          return {
            url: transformed.url,
            schema: { ...schema, response: responses, security: [{ bearer: [] }], 'x-role': role },
          };
        },
      });

      api.addHook('onRoute', (route) => {
        // CORS preflights answer before any access check.
        if (route.method === 'OPTIONS') return;
        if (!route.config?.role)
          throw new Error(`${route.method} ${route.url} declares no role (config.role)`);
      });
      api.addHook('onRequest', (request, reply) => checkAccess(deps, request, reply));
      api.addHook('onResponse', (request, reply, done) => {
        const p = request.principal;
        const line = {
          method: request.method,
          url: request.url.split('?')[0],
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime),
          ...(p ? { actor: p.kind === 'key' ? `key:${p.keyId}` : `telegram:${p.telegramId}` } : {}),
        };
        if (reply.statusCode >= 400) request.log.info(line, 'api request refused');
        else request.log.debug(line, 'api request');
        done();
      });

      api.get('/openapi.json', { config: { role: 'public' }, schema: { hide: true } }, async () =>
        api.swagger(),
      );
      for (const add of routes) add(api, deps);
    },
    { prefix: API_PREFIX },
  );
  // The document browsable at /docs: a scope of its own, outside the API's access checks and security headers,
  // whose Swagger UI shows the API's document.
  http.register(async (docs) => {
    await docs.register(swagger, {
      openapi: {},
      transformObject: () => (document?.() ?? {}) as never,
    });
    await docs.register(swaggerUi, { routePrefix: '/docs' });
  });
}

/** Security headers, CORS for the console's origins only, and a request budget per key. */
async function registerGuards(api: Api, deps: ApiDeps): Promise<void> {
  // A JSON API: nothing to load, nothing to frame. HSTS only where the request came over https.
  await api.register(helmet, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    hsts: false,
  });
  api.addHook('onRequest', (request, reply, done) => {
    if (request.protocol === 'https')
      reply.header('strict-transport-security', 'max-age=15552000; includeSubDomains');
    done();
  });
  if (deps.consoleOrigins?.length) {
    await api.register(cors, {
      origin: deps.consoleOrigins,
      credentials: true,
      exposedHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
    });
  }
  await api.register(rateLimit, {
    max: deps.rateLimit ?? 600,
    timeWindow: 60_000,
    ...(deps.redis ? { redis: deps.redis, nameSpace: 'diana:api-rate:' } : {}),
    // Redis briefly away: serve rather than refuse everyone.
    skipOnError: true,
    keyGenerator: (request) => {
      const bearer = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1];
      return bearer
        ? `key:${createHash('sha256').update(bearer).digest('base64url').slice(0, 22)}`
        : `ip:${request.ip}`;
    },
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new Error(
          `at most ${context.max} requests per minute for these credentials; retry in ${context.after}`,
        ),
        { statusCode: 429 },
      ),
  });
}

async function checkAccess(deps: ApiDeps, request: FastifyRequest, reply: FastifyReply) {
  const required = request.routeOptions.config?.role;
  if (required === undefined || required === 'public') return;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  const principal = bearer ? await principalFor(deps, bearer) : undefined;
  if (!principal) {
    reply.header('www-authenticate', 'Bearer realm="diana"');
    return sendProblem(
      reply,
      problemOf(
        request,
        401,
        bearer
          ? 'the bearer credentials are unknown, expired or revoked'
          : 'this route needs Authorization: Bearer <API key or access token>',
      ),
    );
  }
  request.principal = principal;
  if (!allows(principal.role, required)) {
    return sendProblem(
      reply,
      problemOf(
        request,
        403,
        `this route needs the ${required} role; these credentials have ${principal.role}`,
      ),
    );
  }
}

async function principalFor(deps: ApiDeps, bearer: string): Promise<Principal | undefined> {
  if (API_KEY_PATTERN.test(bearer)) {
    const key = await authenticateApiKey(deps.app, bearer);
    return key && { kind: 'key', keyId: key.id, name: key.name, role: key.role };
  }
  const person = await deps.sessions?.verify(bearer);
  return person && { kind: 'person', telegramId: person.telegramId, role: person.role };
}
