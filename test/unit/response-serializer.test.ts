// Answers written by the compiled serializer read exactly as the zod schema would write them: the declared
// properties in their order, nulls where a value may be null, records as they are.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from '../../src/adapters/http/response-serializer.ts';

const Item = z.object({ id: z.number().int(), at: z.iso.datetime().nullable() }).meta({ id: 'TestItem' });
const Answer = z.object({
  items: z.array(Item),
  next: z.string().nullable(),
  role: z.enum(['admin', 'viewer']).nullable(),
  story: z.object({ node: z.string() }).nullable(),
  extra: z.record(z.string(), z.unknown()).nullable(),
  note: z.string().optional(),
});

const write = (schema: z.ZodType, data: unknown) =>
  serializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' })(data);
const zodWrites = (schema: z.ZodType, data: unknown) => JSON.stringify(z.encode(schema, data as never));

describe('the compiled response serializer', () => {
  it('writes what the zod schema writes, undeclared properties left out', () => {
    const answers = [
      {
        items: [
          { id: 1, at: '2026-11-30T03:00:00.000Z', secret: 'x' },
          { at: null, id: 2 },
        ],
        next: 'MQ',
        role: 'admin',
        story: { node: 'n1', chapter: 'left out' },
        extra: { a: 1, b: [true, null] },
        note: 'kept',
        internal: 42,
      },
      { items: [], next: null, role: null, story: null, extra: null },
    ];
    for (const answer of answers) expect(write(Answer, answer)).toBe(zodWrites(Answer, answer));
  });

  it('refuses an answer missing a required property', () => {
    expect(() => write(Answer, { items: [], role: null, story: null, extra: null })).toThrow(/next/);
  });
});
