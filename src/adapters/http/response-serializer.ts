// Answers are written by a serializer compiled once per route and status from the route's zod response schema
// (through its JSON Schema), as Fastify does natively with JSON Schemas: the declared properties only, in the
// declared order, without parsing the whole answer again on every call. The zod schemas stay the one source of
// the routes' types, their request validation and the OpenAPI document.
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/** Nullable values as fast-json-stringify reads them (`nullable: true`, the OpenAPI 3.0 form). */
const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' });

export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) =>
  fastJson(jsonSchemaOf(schema) as fastJson.AnySchema);
