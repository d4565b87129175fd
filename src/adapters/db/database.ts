// Opens the database the configuration asks for: a real PostgreSQL pool when DATABASE_URL is set, otherwise
// the embedded PostgreSQL (PGlite) stored in DATA_DIR. Both speak the same SQL through the same Kysely types.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { keepStatistics } from './embedded-statistics.ts';
import { ownFolder } from './folder-owner.ts';
import { MIGRATION_NAMES } from './migrations/index.ts';
import { PGliteClient } from './pglite-client.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';
import { guardedKysely } from './transaction-guard.ts';

export type Db = Kysely<DB>;
/** Anything queries run on: the database itself or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database {
  readonly db: Db;
  readonly kind: DatabaseKind;
  /**
   * This process alone uses the database (the embedded one, whose folder it owns): work a previous process
   * left in progress was abandoned when it ended.
   */
  readonly exclusive: boolean;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL; unset means the embedded database. */
  url?: string | undefined;
  /** Directory of the embedded database; 'memory://' keeps it in memory (tests). */
  dataDir?: string;
  /** A PostgreSQL schema to work in (created if missing): tests get a fresh one per run. */
  schema?: string;
  /** A dump (tar) of an embedded data directory to start from (tests start from a migrated template). */
  templateFile?: string;
  poolSize?: number;
  /** How the connections name themselves to PostgreSQL (pg_stat_activity); default `diana`. */
  applicationName?: string;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;
// Amounts, ids and counts fit comfortably in a double; returning numbers keeps both databases identical.
const toNumber = (value: string) => Number(value);

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url ? openPostgres(options.url, options) : openEmbedded(options);
}

async function openPostgres(url: string, options: DatabaseOptions): Promise<Database> {
  // Loaded only when the deployment runs on PostgreSQL.
  const { default: pg } = await import('pg');
  const types = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID || oid === NUMERIC_OID ? toNumber : pg.types.getTypeParser(oid, format as 'text'),
  };
  if (options.schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    application_name: options.applicationName ?? 'diana',
    types,
    ...(options.schema ? { options: `-c search_path="${options.schema}"` } : {}),
  });
  // A client that loses its server (a restart, a terminated backend) must not take the process down, idle in
  // the pool or checked out between two statements of a transaction: the query in flight, or the next one,
  // reports it, and the pool replaces the client.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = guardedKysely<DB>(new PostgresDialect({ pool }));
  return {
    db,
    kind: 'postgres',
    exclusive: false,
    ping: () => ping(db),
    close: () => db.destroy(),
  };
}

async function openEmbedded(options: DatabaseOptions): Promise<Database> {
  const dataDir = options.dataDir ?? './data';
  const inMemory = dataDir.startsWith('memory://');
  const path = inMemory ? dataDir : resolve(dataDir, 'pglite');
  if (!inMemory) mkdirSync(path, { recursive: true });
  const release = inMemory ? () => {} : await ownFolder(resolve(dataDir));
  let pglite: PGliteClient;
  try {
    pglite = await PGliteClient.start({
      ...(inMemory ? {} : { dataDir: path }),
      migrations: MIGRATION_NAMES,
      ...(options.templateFile ? { templateFile: options.templateFile } : {}),
    });
  } catch (error) {
    release();
    throw error;
  }
  const db = guardedKysely<DB>(new PGliteDialect(pglite));
  const stopStatistics = keepStatistics(db);
  return {
    db,
    kind: 'embedded',
    exclusive: true,
    ping: () => ping(db),
    close: async () => {
      try {
        await stopStatistics();
        await db.destroy();
      } finally {
        release();
      }
    },
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await sql`SELECT 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}

/** Drops a schema made for a test run. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await admin.end();
  }
}
