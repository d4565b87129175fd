// Errors over HTTP as RFC 9457 problem details (application/problem+json): bad parameters are a 400 naming each
// problem (routes validate with zod through fastify-type-provider-zod), unknown paths a 404, and anything
// unexpected a 500 that says nothing of the inside but carries the request id the log line carries too.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, validatorCompiler } from 'fastify-type-provider-zod';
import { serializerCompiler } from './response-serializer.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  /** For validation problems: what is wrong, where. */
  errors?: Array<{ in: string; path: string; message: string }>;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error a handler throws to answer with a problem of this status (4xx details are shown as they are). */
export class HttpProblem extends Error {
  constructor(
    readonly statusCode: number,
    detail: string,
  ) {
    super(detail);
  }
}

export function problemOf(
  request: FastifyRequest,
  status: number,
  detail: string,
  errors?: Problem['errors'],
): Problem {
  return {
    type: 'about:blank',
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: String(request.id),
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
}

export function registerProblemHandling(app: FastifyInstance): void {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'request';
      const errors = error.validation.map((v) => ({
        in: where,
        path: v.instancePath || '/',
        message: v.message ?? 'invalid',
      }));
      const first = errors[0];
      return sendProblem(
        reply,
        problemOf(
          request,
          400,
          `invalid ${where}: ${first ? `${first.path} ${first.message}` : 'invalid'}`,
          errors,
        ),
      );
    }
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600
        ? error.statusCode
        : 500;
    if (status >= 500) {
      request.log.error({ err: error, requestId: request.id, url: request.url }, 'request failed');
      return sendProblem(reply, problemOf(request, status, 'Something went wrong; the log has the details.'));
    }
    return sendProblem(reply, problemOf(request, status, error.message));
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problemOf(request, 404, `no route for ${request.method} ${request.url.split('?')[0]}`),
    ),
  );
}
