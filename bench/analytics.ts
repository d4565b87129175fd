// `npm run bench:analytics`: the analytics views over a large community on PostgreSQL. In a fresh schema (made
// and dropped here), BENCH_PEOPLE people and BENCH_EVENTS events (arrivals, fragments, decisions, chapters,
// besitos, gifts, purchases, Stars, VIP) are written with generate_series; the rollup rolls them all up; then
// each view answers BENCH_CLIENTS concurrent requests through HTTP for BENCH_SECONDS (p50, p95), from a client in
// a process of its own (bench/http-load.ts), BENCH_VIEW_ROUNDS times; last, events
// arrive at BENCH_RATE per second for BENCH_LAG_SECONDS while the rollup runs every second, and the events
// waiting to be rolled up are sampled: the rollup keeps up when that stays bounded. Loopback only.
//
//   BENCH_PEOPLE=100000 BENCH_EVENTS=5000000 BENCH_CLIENTS=50 BENCH_SECONDS=3 BENCH_VIEW_ROUNDS=1 npm run bench:analytics
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { type Database, dropSchema, openDatabase } from '../src/adapters/db/database.ts';
import { migrateToLatest } from '../src/adapters/db/migrate.ts';
import { rollupLag } from '../src/adapters/db/repositories/analytics-rollup.ts';
import { registerApi } from '../src/adapters/http/api/api.ts';
import { API_ROUTES } from '../src/adapters/http/api/routes/index.ts';
import { createHttpServer } from '../src/adapters/http/server.ts';
import { createApiKey } from '../src/app/access/api-keys.ts';
import { rollUpEvents } from '../src/app/analytics/rollup.ts';
import type { AppContext } from '../src/app/services.ts';
import { loadPack } from '../src/content/pack.ts';
import { systemClock } from '../src/domain/clock.ts';
import { createLogger } from '../src/logger.ts';
import { httpLoad } from './http-load.ts';
import { BENCH_DATABASE_URL, boundedNumber } from './settings.ts';

const PEOPLE = boundedNumber('BENCH_PEOPLE', 100_000, 1_000, 200_000);
const EVENTS = boundedNumber('BENCH_EVENTS', 5_000_000, 10_000, 10_000_000);
const CLIENTS = boundedNumber('BENCH_CLIENTS', 50, 1, 200);
const SECONDS = boundedNumber('BENCH_SECONDS', 3, 1, 20);
const RATE = boundedNumber('BENCH_RATE', 1_000, 10, 5_000);
const LAG_SECONDS = boundedNumber('BENCH_LAG_SECONDS', 20, 5, 120);
const WARMUP_MS = 500;
/** The views are measured this many times over the same data (seeding and the rollup take minutes). */
const VIEW_ROUNDS = boundedNumber('BENCH_VIEW_ROUNDS', 1, 1, 5);
/** Events written per statement while seeding: several transactions, as a real history has. */
const SEED_CHUNK = 500_000;

const VIEWS = [
  '/analytics/funnel',
  '/analytics/funnel/cohorts?by=week&split=language',
  '/analytics/retention?by=week',
  '/analytics/story',
  '/analytics/economy',
  '/analytics/vip',
  '/analytics/revenue',
  '/analytics/activity',
];

/**
 * People in four zones, and the events of each: the k-th event of person u (k = 0 their arrival) happens
 * k × 7 hours after they arrived, over 60 days of arrivals; what it is follows k and u.
 */
async function seed(db: Database['db'], nodes: string[]): Promise<void> {
  await sql`
    INSERT INTO users (id, first_name, language, balance, total_earned, time_zone, created_at)
    SELECT 1000000 + g, 'P' || g, CASE WHEN g % 3 = 0 THEN 'en' ELSE 'es' END, 0, 0,
      (ARRAY['Asia/Tokyo', 'Europe/Madrid', 'America/Mexico_City', NULL])[1 + g % 4],
      now() - interval '90 days' + (g % 60) * interval '1 day'
    FROM generate_series(0, ${PEOPLE - 1}::int) AS g
  `.execute(db);
  const perPerson = Math.ceil(EVENTS / PEOPLE);
  for (let from = 0; from < EVENTS; from += SEED_CHUNK) {
    const to = Math.min(EVENTS, from + SEED_CHUNK) - 1;
    await sql`
      INSERT INTO events (type, version, user_id, payload, created_at, status)
      SELECT kind, 1, 1000000 + u,
        CASE kind
          WHEN 'UserRegistered' THEN jsonb_build_object('language', CASE WHEN u % 3 = 0 THEN 'en' ELSE 'es' END, 'startPayload', NULL)
          WHEN 'FragmentCompleted' THEN jsonb_build_object('node', ((${nodes})::text[])[1 + (k + u % 3) % ${nodes.length}], 'chapter', 'c1')
          WHEN 'DecisionMade' THEN jsonb_build_object('node', 'c1_salon', 'chapter', 'c1', 'choice', CASE WHEN u % 3 = 0 THEN 'verdad' ELSE 'excusa' END)
          WHEN 'ChapterCompleted' THEN jsonb_build_object('chapter', CASE WHEN k < 30 THEN 'c1' ELSE 'c2' END)
          WHEN 'BesitosAwarded' THEN jsonb_build_object('amount', 10, 'reason', CASE WHEN k % 3 = 0 THEN 'daily' ELSE 'fragment' END, 'key', 'k' || g, 'balance', k * 10 + u % 500)
          WHEN 'ItemPurchased' THEN jsonb_build_object('itemId', 'llave', 'price', 5, 'order', k)
          WHEN 'PaymentReceived' THEN jsonb_build_object('chargeId', 'c' || g, 'planId', 'mensual', 'amount', 100)
          WHEN 'VipGranted' THEN jsonb_build_object('planId', 'mensual', 'until', '2027-01-01T00:00:00Z', 'source', 'stars')
          WHEN 'PersonActive' THEN jsonb_build_object('day', (at AT TIME ZONE 'UTC')::date::text)
          ELSE jsonb_build_object('day', '2026-01-01', 'streak', 1, 'amount', 15)
        END,
        at, 'done'
      FROM (
        SELECT g, g % ${PEOPLE} AS u, g / ${PEOPLE} AS k,
          now() - interval '90 days' + (g % ${PEOPLE} % 60) * interval '1 day' + (g / ${PEOPLE}) * interval '7 hours'
            + (g % ${PEOPLE} % 1000) * interval '1 second' AS at,
          CASE
            WHEN g / ${PEOPLE} = 0 THEN 'UserRegistered'
            WHEN g / ${PEOPLE} = 20 AND g % 2 = 0 THEN 'ChapterCompleted'
            WHEN g / ${PEOPLE} = 35 AND g % 4 = 0 THEN 'ChapterCompleted'
            WHEN g / ${PEOPLE} = 40 AND g % 10 = 0 THEN 'PaymentReceived'
            WHEN g / ${PEOPLE} = 41 AND g % 10 = 0 THEN 'VipGranted'
            WHEN (g / ${PEOPLE}) % 10 IN (1, 4, 7) THEN 'FragmentCompleted'
            WHEN (g / ${PEOPLE}) % 10 = 2 THEN 'DecisionMade'
            WHEN (g / ${PEOPLE}) % 10 IN (3, 6, 9) THEN 'BesitosAwarded'
            WHEN (g / ${PEOPLE}) % 10 = 5 AND g % 7 = 0 THEN 'ItemPurchased'
            WHEN (g / ${PEOPLE}) % 10 = 8 THEN 'PersonActive'
            ELSE 'DailyGiftClaimed'
          END AS kind
        FROM generate_series(${from}::bigint, ${to}::bigint) AS g
      ) AS s
      WHERE k < ${perPerson}
    `.execute(db);
  }
  await sql`ANALYZE`.execute(db);
}

async function lag(app: AppContext): Promise<{ maxWaiting: number; maxSeconds: number; caughtUpMs: number }> {
  let writing = true;
  let written = 0;
  const writer = (async () => {
    const began = performance.now();
    for (let tick = 0; performance.now() - began < LAG_SECONDS * 1000; tick++) {
      const count = RATE / 10;
      await sql`
        INSERT INTO events (type, version, user_id, payload, status)
        SELECT 'FragmentCompleted', 1, 1000000 + (g * 7919) % ${PEOPLE},
          jsonb_build_object('node', 'c1_lucien', 'chapter', 'c1'), 'done'
        FROM generate_series(1, ${count}::int) AS g
      `.execute(app.db);
      written += count;
      const next = began + (tick + 1) * 100;
      await sleep(Math.max(0, next - performance.now()));
    }
    writing = false;
  })();
  let maxWaiting = 0;
  let maxSeconds = 0;
  let stopped = 0;
  for (;;) {
    const began = performance.now();
    const before = await rollupLag(app.db);
    maxWaiting = Math.max(maxWaiting, before.waiting);
    await rollUpEvents(app);
    // Events wait at most the time between two runs plus one run.
    maxSeconds = Math.max(maxSeconds, (performance.now() - began) / 1000 + 1);
    if (!writing) {
      if (!stopped) stopped = performance.now();
      if ((await rollupLag(app.db)).waiting === 0) break;
    }
    await sleep(Math.max(0, 1000 - (performance.now() - began)));
  }
  await writer;
  const caughtUpMs = Math.round(performance.now() - stopped);
  console.log(`  lag: ${written} events written at ${RATE}/s for ${LAG_SECONDS} s`);
  return { maxWaiting, maxSeconds: Math.round(maxSeconds * 10) / 10, caughtUpMs };
}

const url = new URL(BENCH_DATABASE_URL);
if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(url.hostname))
  throw new Error(`the benchmark only talks to this machine; ${url.hostname} is not a loopback address`);
const schema = `bench_analytics_${randomBytes(4).toString('hex')}`;
const database = await openDatabase({ url: BENCH_DATABASE_URL, schema, poolSize: 10 });
const log = createLogger('silent', false);
try {
  await migrateToLatest(database.db);
  const pack = loadPack(resolve('content/diana'));
  const app: AppContext = {
    db: database.db,
    pack,
    clock: systemClock,
    log,
    adminIds: new Set(),
    timeZone: 'America/Mexico_City',
    channels: { free: undefined, vip: undefined, joinRequestDelaySeconds: 180 },
  };
  let t = performance.now();
  await seed(database.db, [...pack.story.nodes.keys()].slice(0, 12));
  const seeded = Math.round(performance.now() - t);
  const total = (await rollupLag(database.db)).waiting;
  t = performance.now();
  await rollUpEvents(app, { batchSize: 250_000 });
  const rolled = Math.round(performance.now() - t);
  await sql`ANALYZE`.execute(database.db);
  console.log(
    `postgres: ${PEOPLE} people, ${total} events seeded in ${seeded} ms; rolled up in ${rolled} ms (${Math.round(total / (rolled / 1000))} events/s)`,
  );

  const http = createHttpServer(log, { database: async () => true, bot: () => 'polling' });
  registerApi(http, { app, rateLimit: 1_000_000_000 }, API_ROUTES);
  const address = await http.listen({ host: '127.0.0.1', port: 0 });
  const { key } = await createApiKey(app, { name: 'bench', role: 'viewer', createdBy: 'bench' });
  try {
    // One request each first: the routes' first answers (compilation, connections) are not the views' cost.
    for (const view of VIEWS)
      await fetch(`${address}/api/v1${view}`, { headers: { authorization: `Bearer ${key}` } });
    for (let round = 1; round <= VIEW_ROUNDS; round++) {
      console.log(
        `  views, ${CLIENTS} concurrent, ${SECONDS} s each (round ${round} of ${VIEW_ROUNDS}; load average ${loadavg()[0]?.toFixed(1)}):`,
      );
      for (const view of VIEWS) {
        const f = await httpLoad({
          base: address,
          key,
          paths: [`/api/v1${view}`],
          clients: CLIENTS,
          seconds: SECONDS,
          warmupMs: WARMUP_MS,
        });
        console.log(
          `  ${view.padEnd(48)} p50 ${f.p50} ms  p95 ${f.p95} ms  ${f.perSecond} req/s  failures ${f.failures}`,
        );
      }
    }
  } finally {
    await http.close();
  }
  const l = await lag(app);
  console.log(
    `  rollup at ${RATE} events/s: at most ${l.maxWaiting} events waiting (about ${l.maxSeconds} s); caught up ${l.caughtUpMs} ms after the writes stopped`,
  );
} finally {
  await database.close();
  await dropSchema(BENCH_DATABASE_URL, schema);
}
