// `npm run bench:backup`: how long a backup and a restore take, and how big the file is, for a community of
// BENCH_USERS people with BENCH_MOVES ledger entries each (written directly, balances matching), on a fresh
// PostgreSQL schema and on the embedded database (in memory). The restored books are reconciled.
//
//   BENCH_USERS=5000 BENCH_MOVES=10 npm run bench:backup
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { type Database, dropSchema, openDatabase } from '../src/adapters/db/database.ts';
import { migrateToLatest } from '../src/adapters/db/migrate.ts';
import { restoreSnapshotFile, writeSnapshotFile } from '../src/adapters/db/snapshot.ts';
import { reconcile } from '../src/app/reconcile.ts';
import { BENCH_DATABASE_URL, boundedNumber } from './settings.ts';

const USERS = boundedNumber('BENCH_USERS', 5000, 1, 200_000);
const MOVES = boundedNumber('BENCH_MOVES', 10, 1, 100);

async function fill(database: Database): Promise<void> {
  await sql`
    INSERT INTO users (id, first_name, username, language, balance, total_earned)
    SELECT g, 'Persona ' || g, 'persona_' || g, 'es', ${MOVES * 10}, ${MOVES * 10}
    FROM generate_series(1, ${USERS}) g`.execute(database.db);
  await sql`
    INSERT INTO transactions (user_id, amount, balance_after, reason, idempotency_key)
    SELECT u, 10, m * 10, 'mission', 'm:' || u || ':' || m
    FROM generate_series(1, ${USERS}) u, generate_series(1, ${MOVES}) m`.execute(database.db);
}

async function measure(kind: string, open: () => Promise<Database>, dir: string) {
  const source = await open();
  const target = await open();
  try {
    await fill(source);
    const file = join(dir, `${kind}.backup.gz`);
    let started = performance.now();
    const written = await writeSnapshotFile(source.db, kind, file);
    const backupMs = performance.now() - started;
    started = performance.now();
    await restoreSnapshotFile(target.db, file);
    const restoreMs = performance.now() - started;
    const problems = (await reconcile(target.db)).problems.length;
    const size = (await stat(file)).size;
    console.log(
      `${kind}: ${written.rows} rows; backup ${Math.round(backupMs)} ms, restore ${Math.round(restoreMs)} ms, ` +
        `file ${(size / 1024 / 1024).toFixed(2)} MiB; books after restore: ${problems === 0 ? 'balanced' : `${problems} problems`}`,
    );
  } finally {
    await source.close();
    await target.close();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'diana-bench-backup-'));
try {
  console.log(`${USERS} people, ${USERS * MOVES} ledger entries`);
  const schemas: string[] = [];
  await measure(
    'postgres',
    async () => {
      const schema = `bench_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const database = await openDatabase({ url: BENCH_DATABASE_URL, schema, poolSize: 2 });
      await migrateToLatest(database.db);
      return database;
    },
    dir,
  );
  for (const schema of schemas) await dropSchema(BENCH_DATABASE_URL, schema);
  await measure(
    'embedded',
    async () => {
      const database = await openDatabase({ dataDir: 'memory://' });
      await migrateToLatest(database.db);
      return database;
    },
    dir,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
