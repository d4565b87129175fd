// The same tests run on both databases: the embedded one and a real PostgreSQL (a fresh schema per use).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { migrateToLatest } from '../../src/adapters/db/migrate.ts';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type DatabaseKind = 'embedded' | 'postgres';
export const DATABASE_KINDS: DatabaseKind[] = ['embedded', 'postgres'];

/** A fresh, migrated database of the given kind. Closing it also drops its PostgreSQL schema. */
export async function freshDatabase(
  kind: DatabaseKind,
  options: { migrated?: boolean } = {},
): Promise<Database & { applicationName?: string }> {
  const migrated = options.migrated ?? true;
  if (kind === 'embedded') {
    return openDatabase({
      dataDir: 'memory://',
      ...(migrated ? { templateFile: inject('pgliteTemplate') } : {}),
    });
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  // Named after its schema, so a fault test can cut exactly its own connections.
  const database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 8, applicationName: schema });
  if (migrated) await migrateToLatest(database.db);
  return {
    ...database,
    applicationName: schema,
    close: async () => {
      await database.close();
      await dropSchema(POSTGRES_URL, schema);
    },
  };
}

/** Cuts every connection a fresh PostgreSQL database's pool holds (as a server restart would); how many. */
export async function terminateConnections(applicationName: string): Promise<number> {
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  try {
    const result = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()',
      [applicationName],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}
