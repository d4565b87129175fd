// API keys for scripts and services: made (the key is shown once, only its digest is kept), listed with their
// last use, revoked; and the key behind an `Authorization: Bearer` header. Making and revoking are audited.
import { createHash, randomBytes } from 'node:crypto';
import {
  type ApiKey,
  insertApiKey,
  listApiKeys,
  liveKeyByDigest,
  revokeApiKeyRow,
  touchApiKey,
} from '../../adapters/db/repositories/api-keys.ts';
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import { API_KEY_PATTERN, API_KEY_PREFIX, type Role } from '../../domain/access.ts';
import type { AppContext } from '../services.ts';

export type { ApiKey };

/** An actor with no Telegram person behind it (a key, the command line) is recorded as admin 0. */
export const NO_PERSON = 0;

const digestOf = (key: string) => createHash('sha256').update(key).digest('hex');

export async function createApiKey(
  app: Pick<AppContext, 'db' | 'clock'>,
  r: { name: string; role: Role; createdBy: string; adminId?: number },
): Promise<{ key: string; apiKey: ApiKey }> {
  const key = `${API_KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  const now = app.clock.now();
  const apiKey = await transact(app.db, async (tx) => {
    const made = await insertApiKey(tx, {
      name: r.name,
      role: r.role,
      prefix: key.slice(0, API_KEY_PREFIX.length + 6),
      digest: digestOf(key),
      createdBy: r.createdBy,
      createdAt: now,
    });
    await writeAudit(
      tx,
      {
        adminId: r.adminId ?? NO_PERSON,
        action: 'apikey-create',
        targetUserId: null,
        before: null,
        after: { id: made.id, name: made.name, role: made.role, createdBy: r.createdBy },
        reason: null,
        ref: `apikey:${made.id}`,
      },
      now,
    );
    return made;
  });
  return { key, apiKey };
}

export function apiKeys(app: Pick<AppContext, 'db'>): Promise<ApiKey[]> {
  return listApiKeys(app.db);
}

/** Revokes a key at once; undefined when unknown or already revoked. */
export async function revokeApiKey(
  app: Pick<AppContext, 'db' | 'clock'>,
  id: number,
  adminId = NO_PERSON,
): Promise<ApiKey | undefined> {
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const revoked = await revokeApiKeyRow(tx, id, now);
    if (!revoked) return undefined;
    await writeAudit(
      tx,
      {
        adminId,
        action: 'apikey-revoke',
        targetUserId: null,
        before: { revokedAt: null },
        after: { revokedAt: now.toISOString() },
        reason: null,
        ref: `apikey:${id}`,
      },
      now,
    );
    return revoked;
  });
}

/** The live key a request presents, if any; its last use is recorded. */
export async function authenticateApiKey(app: AppContext, presented: string): Promise<ApiKey | undefined> {
  if (!API_KEY_PATTERN.test(presented)) return undefined;
  const key = await liveKeyByDigest(app.db, digestOf(presented));
  if (key) {
    // Recorded at most once a minute per key and process: a busy script costs no write per request.
    const now = app.clock.now();
    const touched = lastTouch.get(app.db) ?? new Map<number, number>();
    lastTouch.set(app.db, touched);
    if (now.getTime() - (touched.get(key.id) ?? Number.NEGATIVE_INFINITY) >= TOUCH_EVERY_MS) {
      touched.set(key.id, now.getTime());
      await touchApiKey(app.db, key.id, now);
    }
  }
  return key;
}

const TOUCH_EVERY_MS = 60_000;
const lastTouch = new WeakMap<object, Map<number, number>>();
