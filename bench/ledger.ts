// `npm run bench:ledger`: how many awards per second the ledger takes, through the app's one award path
// (row lock, idempotent insert, cached balance, events), with concurrent clients and a share of duplicate keys,
// on a fresh PostgreSQL schema and on the embedded database. For scale, the same machine's
// `pgbench -b tpcb-like` with the same clients and seconds, in a throwaway database, when pgbench exists.
// Loopback only, bounded in time, and the books are reconciled after each run.
//
//   BENCH_SECONDS=10 BENCH_CLIENTS=8 BENCH_USERS=1000 BENCH_DUPLICATES=0.1 npm run bench:ledger
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (default: TEST_DATABASE_URL or this)
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type Database, dropSchema, openDatabase } from '../src/adapters/db/database.ts';
import { migrateToLatest } from '../src/adapters/db/migrate.ts';
import { transact } from '../src/adapters/db/repositories/events.ts';
import { award } from '../src/app/ledger.ts';
import { reconcile } from '../src/app/reconcile.ts';
import { loadPack } from '../src/content/pack.ts';
import { BENCH_DATABASE_URL, boundedNumber } from './settings.ts';

const run = promisify(execFile);

const SECONDS = boundedNumber('BENCH_SECONDS', 10, 1, 120);
const CLIENTS = boundedNumber('BENCH_CLIENTS', 8, 1, 64);
const USERS = boundedNumber('BENCH_USERS', 1000, 1, 100_000);
const DUPLICATES = boundedNumber('BENCH_DUPLICATES', 0.1, 0, 0.9);
const WARMUP_MS = 1000;

function assertLoopback(url: URL): void {
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(url.hostname)) {
    throw new Error(`the benchmark only talks to this machine; ${url.hostname} is not a loopback address`);
  }
}

interface Figures {
  awards: number;
  paid: number;
  perSecond: number;
  p50: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

/** CLIENTS loops award for SECONDS (after a warm-up); about DUPLICATES of the awards replay a paid key. */
async function awardLoad(database: Database): Promise<Figures> {
  const pack = loadPack(resolve('content/diana'));
  const db = database.db;
  for (let from = 1; from <= USERS; from += 500) {
    const ids = Array.from({ length: Math.min(500, USERS - from + 1) }, (_, i) => from + i);
    await db
      .insertInto('users')
      .values(ids.map((id) => ({ id, first_name: `bench ${id}`, language: 'es' })))
      .execute();
  }
  const latencies: number[] = [];
  let awards = 0;
  let paid = 0;
  let sequence = 0;
  const start = performance.now();
  const measureFrom = start + WARMUP_MS;
  const end = measureFrom + SECONDS * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const userId = 1 + Math.floor(Math.random() * USERS);
      const n = sequence++;
      // A duplicate replays a key that was (very likely) already paid: it must pay nothing.
      const key = Math.random() < DUPLICATES && n > CLIENTS ? `bench:${Math.floor(n / 2)}` : `bench:${n}`;
      const began = performance.now();
      const result = await transact(db, (tx) =>
        award(tx, pack, new Date(), {
          userId,
          base: 10,
          reason: 'fragment',
          key,
          zone: 'America/Mexico_City',
        }),
      );
      const finished = performance.now();
      if (began >= measureFrom && finished <= end) {
        awards++;
        if (result.applied) paid++;
        latencies.push(finished - began);
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  latencies.sort((a, b) => a - b);
  const report = await reconcile(db);
  if (report.problems.length > 0) throw new Error(`the books do not balance:\n${report.problems.join('\n')}`);
  return {
    awards,
    paid,
    perSecond: awards / SECONDS,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
  };
}

async function onPostgres(url: string): Promise<Figures> {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const database = await openDatabase({ url, schema, poolSize: CLIENTS });
  try {
    await migrateToLatest(database.db);
    return await awardLoad(database);
  } finally {
    await database.close();
    await dropSchema(url, schema);
  }
}

async function onEmbedded(): Promise<Figures> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    await migrateToLatest(database.db);
    return await awardLoad(database);
  } finally {
    await database.close();
  }
}

/** pgbench's tpcb-like tps for the same clients and seconds, in a database made for it and dropped after. */
async function pgbenchTps(url: URL): Promise<number | undefined> {
  try {
    await run('pgbench', ['--version']);
  } catch {
    return undefined;
  }
  const name = `diana_pgbench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  const connection = [
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username) || 'postgres',
  ];
  const env = { ...process.env, ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}) };
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    await run('pgbench', [...connection, '-i', '-q', '-s', '1', name], { env });
    const { stdout } = await run(
      'pgbench',
      [
        ...connection,
        '-b',
        'tpcb-like',
        '-c',
        String(CLIENTS),
        '-j',
        String(Math.min(CLIENTS, 2)),
        '-T',
        String(SECONDS),
        name,
      ],
      { env, timeout: (SECONDS + 60) * 1000 },
    );
    const tps = /tps = ([\d.]+)/.exec(stdout)?.[1];
    return tps ? Number(tps) : undefined;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`).catch(() => undefined);
    await admin.end();
  }
}

function line(label: string, f: Figures): string {
  const duplicates = f.awards - f.paid;
  return `${label.padEnd(10)} ${f.perSecond.toFixed(0).padStart(7)} awards/s   p50 ${f.p50.toFixed(2)} ms   p95 ${f.p95.toFixed(2)} ms   (${f.awards} awards, ${duplicates} duplicates paid nothing; books balanced)`;
}

async function main(): Promise<void> {
  const url = new URL(BENCH_DATABASE_URL);
  assertLoopback(url);
  console.log(
    `Ledger benchmark: ${CLIENTS} clients, ${SECONDS} s per run, ${USERS} users, ~${Math.round(DUPLICATES * 100)}% duplicate keys`,
  );
  const postgres = await onPostgres(BENCH_DATABASE_URL);
  console.log(line('postgres', postgres));
  const embedded = await onEmbedded();
  console.log(line('embedded', embedded));
  const tps = await pgbenchTps(url);
  if (tps === undefined) {
    console.log('pgbench    not available: no ratio');
    return;
  }
  console.log(
    `pgbench    ${tps.toFixed(0).padStart(7)} tps (tpcb-like, scale 1, ${CLIENTS} clients, ${SECONDS} s)`,
  );
  const ratio = postgres.perSecond / tps;
  console.log(`ratio      ${ratio.toFixed(2)} = PostgreSQL awards/s ÷ pgbench tps (target ≥ 0.5)`);
}

main().catch((error: unknown) => {
  console.error(`bench:ledger failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
