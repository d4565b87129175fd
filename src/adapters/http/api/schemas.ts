// Shapes shared by the API's routes: the problem document, pagination, a person in a list.
import { z } from 'zod';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ in: z.string(), path: z.string(), message: z.string() })).optional(),
  })
  .describe('An RFC 9457 problem document (application/problem+json)');

/** A page of a list: `next` is the cursor of the following page, null on the last one. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), next: z.string().nullable() });

export const Limit = z.coerce.number().int().min(1).max(100).default(20);

/** Cursors are opaque to callers: the id to continue after, in base64url. */
export const encodeCursor = (id: number): string => Buffer.from(String(id)).toString('base64url');

export const Cursor = z
  .string()
  .max(40)
  .transform((s, ctx) => {
    const text = /^[A-Za-z0-9_-]+$/.test(s) ? Buffer.from(s, 'base64url').toString() : '';
    const id = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(id)) {
      ctx.addIssue({ code: 'custom', message: 'not a cursor this API gave' });
      return z.NEVER;
    }
    return id;
  });

export const Iso = z.iso.datetime();
export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => d?.toISOString() ?? null;

export const IdParam = z.object({ id: z.coerce.number().int().positive() });

export const Person = z
  .object({
    id: z.number().int(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    username: z.string().nullable(),
    language: z.string(),
    balance: z.number().int(),
    vipUntil: Iso.nullable(),
    createdAt: Iso,
  })
  .meta({ id: 'Person' });
