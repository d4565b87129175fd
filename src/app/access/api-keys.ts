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

/** Revokes a key at once (in this process; see KEY_CACHE_MS); undefined when unknown or already revoked. */
export async function revokeApiKey(
  app: Pick<AppContext, 'db' | 'clock'>,
  id: number,
  adminId = NO_PERSON,
): Promise<ApiKey | undefined> {
  const now = app.clock.now();
  const revoked = await transact(app.db, async (tx) => {
    const row = await revokeApiKeyRow(tx, id, now);
    if (!row) return undefined;
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
    return row;
  });
  // After the commit: a request meanwhile could still have found it live.
  if (revoked) forgetKey(app.db, id);
  return revoked;
}

/**
 * The live key a request presents, if any; its last use is recorded. A key found is trusted for KEY_CACHE_MS
 * before it is looked up again, so a busy script costs no query per request: revoked here it stops at once,
 * revoked by another instance or the command line it stops within that time.
 */
export async function authenticateApiKey(app: AppContext, presented: string): Promise<ApiKey | undefined> {
  if (!API_KEY_PATTERN.test(presented)) return undefined;
  const digest = digestOf(presented);
  const now = app.clock.now().getTime();
  const known = knownKeysOf(app.db);
  const cached = known.found.get(digest);
  if (cached && now - cached.at < KEY_CACHE_MS) return cached.key;
  known.found.delete(digest);
  const key = await liveKeyByDigest(app.db, digest);
  if (!key) return undefined;
  known.found.set(digest, { key, at: now });
  // Recorded at most once a minute per key and process: a busy script costs no write per request.
  if (now - (known.touched.get(key.id) ?? Number.NEGATIVE_INFINITY) >= TOUCH_EVERY_MS) {
    known.touched.set(key.id, now);
    await touchApiKey(app.db, key.id, new Date(now));
  }
  return key;
}

/** This process stops trusting a revoked key. */
function forgetKey(db: object, id: number): void {
  const { found } = knownKeysOf(db);
  for (const [digest, cached] of found) if (cached.key.id === id) found.delete(digest);
}

export const KEY_CACHE_MS = 5_000;
const TOUCH_EVERY_MS = 60_000;

/** Per database: the keys found lately (by digest, only live ones) and when each key's use was last recorded. */
interface KnownKeys {
  found: Map<string, { key: ApiKey; at: number }>;
  touched: Map<number, number>;
}
const knownKeys = new WeakMap<object, KnownKeys>();

function knownKeysOf(db: object): KnownKeys {
  let known = knownKeys.get(db);
  if (!known) {
    known = { found: new Map(), touched: new Map() };
    knownKeys.set(db, known);
  }
  return known;
}
