// API keys: only a digest of each key is stored (the key itself is shown once, when it is made).
import type { Executor } from '../database.ts';
import type { ApiKeysTable } from '../schema.ts';
import { camelized, type Row } from './rows.ts';

export type ApiKey = Omit<Row<ApiKeysTable>, 'digest'>;

const COLUMNS = [
  'id',
  'name',
  'role',
  'prefix',
  'created_by',
  'created_at',
  'last_used_at',
  'revoked_at',
] as const;

export async function insertApiKey(
  tx: Executor,
  k: Pick<ApiKey, 'name' | 'role' | 'prefix' | 'createdBy' | 'createdAt'> & { digest: string },
): Promise<ApiKey> {
  const row = await tx
    .insertInto('api_keys')
    .values({
      name: k.name,
      role: k.role,
      prefix: k.prefix,
      digest: k.digest,
      created_by: k.createdBy,
      created_at: k.createdAt,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return camelized(row);
}

/** The live (not revoked) key with this digest. */
export async function liveKeyByDigest(db: Executor, digest: string): Promise<ApiKey | undefined> {
  const row = await db
    .selectFrom('api_keys')
    .select(COLUMNS)
    .where('digest', '=', digest)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && camelized(row);
}

export async function listApiKeys(db: Executor): Promise<ApiKey[]> {
  const rows = await db.selectFrom('api_keys').select(COLUMNS).orderBy('id').execute();
  return rows.map((row) => camelized(row));
}

/** Marks a key used, at most once a minute (a busy script does not write on every request). */
export async function touchApiKey(db: Executor, id: number, at: Date): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', new Date(at.getTime() - 60_000))]),
    )
    .execute();
}

/** Revokes a live key; the key as it was, or undefined when unknown or already revoked. */
export async function revokeApiKeyRow(tx: Executor, id: number, at: Date): Promise<ApiKey | undefined> {
  const row = await tx
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(COLUMNS)
    .executeTakeFirst();
  return row && camelized(row);
}
