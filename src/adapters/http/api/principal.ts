// Who is calling the admin API: an API key (a script, a service) or a person signed in through Telegram.
// Either way the call acts with one role, and its writes are audited under one actor name.

import type { Role } from '../../../domain/access.ts';
import type { AuditActor } from '../../db/repositories/audit.ts';

export type Principal =
  | { kind: 'key'; keyId: number; name: string; role: Role }
  | { kind: 'person'; telegramId: number; role: Role };

/** The name the audit log gives the caller: "key:3 deploy-bot" or "telegram:123". */
export function actorName(p: Principal): string {
  return p.kind === 'key' ? `key:${p.keyId} ${p.name}` : `telegram:${p.telegramId}`;
}

/** The admin id the use-cases record: the person's Telegram id, or 0 for a key (no person behind it). */
export function adminIdOf(p: Principal): number {
  return p.kind === 'person' ? p.telegramId : 0;
}

export function auditActor(p: Principal, requestId: string): AuditActor {
  return { actor: actorName(p), role: p.role, requestId };
}
