// The Idempotency-Key header of the API's writes: the caller's name for one request, so that a retry (after a
// timeout, a dropped connection) is answered as the first attempt was and changes nothing again.
import { z } from 'zod';
import type { Principal } from './principal.ts';

export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\w.:-]{1,100}$/, '1 to 100 letters, digits or . _ : - (e.g. a UUID)')
    .meta({
      description: 'Names this request: the same key again returns the same answer and changes nothing',
    }),
});

/** The caller, as idempotency keys are scoped (two callers may pick the same key). */
export function callerScope(p: Principal): string {
  return p.kind === 'key' ? `key${p.keyId}` : `tg${p.telegramId}`;
}
