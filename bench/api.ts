// `npm run bench:api`: the admin API under load, through HTTP like a script or the console: a people search
// (by part of a name, @username or id) over BENCH_PEOPLE people, and the overview, each with BENCH_CLIENTS
// concurrent requests for BENCH_SECONDS, on a fresh PostgreSQL schema and on the embedded database. The load
// comes from a process of its own (bench/http-load.ts): the server's event loop serves requests only.
// Loopback only and bounded in time (each database's run, seeding included, stays well under a minute).
//
//   BENCH_SECONDS=3 BENCH_CLIENTS=50 BENCH_PEOPLE=100000 npm run bench:api
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (default: TEST_DATABASE_URL or this)
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { sql } from 'kysely';
import { type Database, dropSchema, openDatabase } from '../src/adapters/db/database.ts';
import { bestTemplate } from '../src/adapters/db/embedded-template.ts';
import { migrateToLatest } from '../src/adapters/db/migrate.ts';
import { MIGRATION_NAMES } from '../src/adapters/db/migrations/index.ts';
import { registerApi } from '../src/adapters/http/api/api.ts';
import { API_ROUTES } from '../src/adapters/http/api/routes/index.ts';
import { createHttpServer } from '../src/adapters/http/server.ts';
import { createApiKey } from '../src/app/access/api-keys.ts';
import type { AppContext } from '../src/app/services.ts';
import { loadPack } from '../src/content/pack.ts';
import { systemClock } from '../src/domain/clock.ts';
import { createLogger } from '../src/logger.ts';
import { type HttpFigures, httpLoad } from './http-load.ts';
import { BENCH_DATABASE_URL, boundedNumber } from './settings.ts';

const SECONDS = boundedNumber('BENCH_SECONDS', 3, 1, 20);
const CLIENTS = boundedNumber('BENCH_CLIENTS', 50, 1, 200);
const PEOPLE = boundedNumber('BENCH_PEOPLE', 100_000, 100, 200_000);
const WARMUP_MS = 500;

const NAMES = ['Rosa', 'Ana', 'Lucía', 'Marta', 'Elena', 'Sofía', 'Diego', 'Pablo', 'Iván', 'Nora'];

/** PEOPLE people with names, usernames, activity in the last 30 days, and a welcome entry each. */
async function seed(database: Database): Promise<void> {
  await sql`
    INSERT INTO users (id, first_name, last_name, username, language, balance, total_earned, created_at, last_seen_at)
    SELECT 1000000 + g,
           (ARRAY[${sql.join(NAMES)}])[1 + g % ${NAMES.length}],
           'Apellido' || (g % 997),
           CASE WHEN g % 3 = 0 THEN 'fan_' || g END,
           'es', 10, 10,
           now() - (g % 60) * interval '1 day',
           now() - (g % 45) * interval '1 day'
    FROM generate_series(1, ${PEOPLE}) AS g
  `.execute(database.db);
  await sql`
    INSERT INTO transactions (user_id, amount, balance_after, reason, idempotency_key, created_at)
    SELECT id, 10, 10, 'welcome', 'welcome:' || id, created_at FROM users
  `.execute(database.db);
  await sql`ANALYZE`.execute(database.db);
}

/** Searches by part of a first name, by @username and by id, in turn. */
const searches = Array.from({ length: 3000 }, (_, i) => {
  const q =
    i % 3 === 0
      ? `${NAMES[i % NAMES.length]!.slice(0, 3)}`
      : i % 3 === 1
        ? `@fan_${(i * 37) % PEOPLE}`
        : String(1_000_000 + ((i * 7919) % PEOPLE));
  return `/api/v1/users?q=${encodeURIComponent(q)}&limit=20`;
});

/**
 * A load's figures and the server's CPU time per request it served (this process's: the client runs in its own),
 * a figure that a busy machine disturbs less than latencies.
 */
async function serverCpu(run: () => Promise<HttpFigures>): Promise<HttpFigures & { cpuMs: number }> {
  const before = process.cpuUsage();
  const figures = await run();
  const { user, system } = process.cpuUsage(before);
  return { ...figures, cpuMs: Math.round((user + system) / 10 / figures.sent) / 100 };
}

// The install's template (npm run db:template) spares the embedded database its initdb.
const templateFile = bestTemplate(MIGRATION_NAMES);
const template = templateFile ? { templateFile } : {};

async function bench(kind: 'postgres' | 'embedded'): Promise<void> {
  const started = performance.now();
  const url = new URL(BENCH_DATABASE_URL);
  if (kind === 'postgres' && !['127.0.0.1', 'localhost', '[::1]', '::1'].includes(url.hostname))
    throw new Error(`the benchmark only talks to this machine; ${url.hostname} is not a loopback address`);
  const schema = `bench_api_${randomBytes(4).toString('hex')}`;
  const database =
    kind === 'postgres'
      ? await openDatabase({ url: BENCH_DATABASE_URL, schema, poolSize: 10 })
      : await openDatabase({ dataDir: 'memory://', ...template });
  const log = createLogger('silent', false);
  try {
    await migrateToLatest(database.db);
    await seed(database);
    const app: AppContext = {
      db: database.db,
      pack: loadPack(resolve('content/diana')),
      clock: systemClock,
      log,
      adminIds: new Set(),
      timeZone: 'America/Mexico_City',
      channels: { free: undefined, vip: undefined, joinRequestDelaySeconds: 180 },
    };
    const http = createHttpServer(log, { database: async () => true, bot: () => 'polling' });
    registerApi(http, { app, rateLimit: 1_000_000_000 }, API_ROUTES);
    const address = await http.listen({ host: '127.0.0.1', port: 0 });
    const { key } = await createApiKey(app, { name: 'bench', role: 'viewer', createdBy: 'bench' });
    const seeded = Math.round(performance.now() - started);
    try {
      const shape = { base: address, key, clients: CLIENTS, seconds: SECONDS, warmupMs: WARMUP_MS };
      const search = await serverCpu(() => httpLoad({ ...shape, paths: searches }));
      const overview = await serverCpu(() =>
        httpLoad({ ...shape, paths: ['/api/v1/stats/overview?days=14'] }),
      );
      console.log(
        `${kind.padEnd(9)} ${PEOPLE} people (seeded in ${seeded} ms), ${CLIENTS} concurrent, ${SECONDS} s each:\n` +
          `  user search  p50 ${search.p50} ms  p95 ${search.p95} ms  p99 ${search.p99} ms  ${search.perSecond} req/s  failures ${search.failures}  server CPU ${search.cpuMs} ms/request (client ${search.clientCpuMs})\n` +
          `  overview     p50 ${overview.p50} ms  p95 ${overview.p95} ms  p99 ${overview.p99} ms  ${overview.perSecond} req/s  failures ${overview.failures}  server CPU ${overview.cpuMs} ms/request (client ${overview.clientCpuMs})\n` +
          `  load average ${loadavg()
            .map((l) => l.toFixed(1))
            .join(' ')}`,
      );
    } finally {
      await http.close();
    }
  } finally {
    await database.close();
    if (kind === 'postgres') await dropSchema(BENCH_DATABASE_URL, schema);
  }
}

const only = process.env.BENCH_DATABASE_KIND;
for (const kind of ['postgres', 'embedded'] as const) if (!only || only === kind) await bench(kind);
