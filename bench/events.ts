// `npm run bench:events [-- --events 5000 --users 500]`
// How many outbox events per second the dispatcher delivers (with the real subscribers: missions,
// achievements, announcements) on the embedded database and on PostgreSQL, and the lag a user feels from
// an action to Lucien's announcement, through the whole app and the fake Bot API.
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { dropSchema, openDatabase } from '../src/adapters/db/database.ts';
import { migrateToLatest } from '../src/adapters/db/migrate.ts';
import { appendEvents, transact } from '../src/adapters/db/repositories/events.ts';
import { EventDispatcher } from '../src/app/events/dispatcher.ts';
import { announcer } from '../src/app/notifications/announcer.ts';
import { progressTracker } from '../src/app/progress/tracker.ts';
import type { AppContext } from '../src/app/services.ts';
import { registerUser } from '../src/app/users.ts';
import { loadConfig } from '../src/config.ts';
import { loadPack } from '../src/content/pack.ts';
import { startDiana } from '../src/diana.ts';
import { systemClock } from '../src/domain/clock.ts';
import type { DomainEvent } from '../src/domain/events.ts';
import { createLogger } from '../src/logger.ts';
import { BotApiEmulator } from '../src/sandbox/emulator.ts';
import { noonTimeZone } from '../test/support/time-zones.ts';
import { BENCH_DATABASE_URL } from './settings.ts';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '5000' }, users: { type: 'string', default: '500' } },
});
const totalEvents = Number(values.events);
const users = Number(values.users);
const pack = loadPack('content/diana');
const log = createLogger('silent', false);

async function throughput(kind: 'embedded' | 'postgres') {
  const schema = `bench_events_${randomBytes(4).toString('hex')}`;
  const database =
    kind === 'postgres'
      ? await openDatabase({ url: BENCH_DATABASE_URL, schema, poolSize: 8 })
      : await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db);
  const app: AppContext = {
    db: database.db,
    pack,
    clock: systemClock,
    log,
    adminIds: new Set(),
    timeZone: 'America/Mexico_City',
    channels: { free: undefined, vip: undefined, joinRequestDelaySeconds: 180 },
  };
  for (let u = 1; u <= users; u++) await registerUser(app, { id: u, firstName: 'B', language: 'es' }, null);
  const chapter = 'prologue';
  const batch: DomainEvent[] = [];
  for (let i = 0; i < totalEvents; i++) {
    const userId = (i % users) + 1;
    const node = `n${i % 7}`;
    const pick = i % 3;
    batch.push(
      pick === 0
        ? { type: 'FragmentCompleted', userId, payload: { node, chapter } }
        : pick === 1
          ? { type: 'DecisionMade', userId, payload: { node, chapter, choice: 'a' } }
          : {
              type: 'ReactionRecorded',
              userId,
              payload: { chatId: -1001, messageId: i, postId: i, emoji: '❤️' },
            },
    );
  }
  for (let i = 0; i < batch.length; i += 500) {
    await transact(database.db, (tx) => appendEvents(tx, batch.slice(i, i + 500)));
  }
  const dispatcher = new EventDispatcher(app, [progressTracker(app), announcer(app)], {
    concurrency: kind === 'postgres' ? 4 : 1,
  });
  const started = performance.now();
  await Promise.all(Array.from({ length: kind === 'postgres' ? 4 : 1 }, () => dispatcher.drain()));
  const seconds = (performance.now() - started) / 1000;
  await database.close();
  if (kind === 'postgres') await dropSchema(BENCH_DATABASE_URL, schema);
  return { handled: dispatcher.handled, seconds, rate: dispatcher.handled / seconds };
}

/** From /start to Lucien's "Primeros pasos" announcement, through the whole app (batch window included). */
async function announcementLag(samples: number) {
  const emulator = new BotApiEmulator();
  // Quiet hours would hold the announcement back: measure where it is noon.
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: 'memory://bench',
    TZ_DEFAULT: noonTimeZone(),
  });
  const diana = await startDiana(config, { emulator, log });
  const lags: number[] = [];
  for (let i = 0; i < samples; i++) {
    const userId = 900_000 + i;
    emulator.addUser({ id: userId, first_name: 'Lag', language_code: 'es' });
    const announced = new Promise<void>((resolve) => {
      const stop = emulator.onChange((c) => {
        if (c.chatId === userId && c.kind === 'message' && c.message.text?.includes('Primeros pasos')) {
          stop();
          resolve();
        }
      });
    });
    const sent = performance.now();
    emulator.sendText(userId, '/start');
    await announced;
    lags.push(performance.now() - sent);
  }
  await diana.stop();
  lags.sort((a, b) => a - b);
  return { p50: lags[Math.floor(lags.length / 2)] ?? 0, max: lags.at(-1) ?? 0 };
}

console.log(`bench:events — ${availableParallelism()} cores, ${new Date().toISOString().slice(0, 10)}`);
console.log(`${totalEvents} events for ${users} users (fragments, decisions, reactions), real subscribers\n`);
for (const kind of ['embedded', 'postgres'] as const) {
  const r = await throughput(kind);
  console.log(
    `${kind.padEnd(9)} ${r.rate.toFixed(0).padStart(6)} events/s  (${r.handled} events in ${r.seconds.toFixed(2)} s)`,
  );
}
const window = pack.notifications.batch_window_seconds;
const lag = await announcementLag(5);
console.log(
  `\naction -> announcement (embedded, batch window ${window} s): p50 ${(lag.p50 / 1000).toFixed(2)} s, max ${(lag.max / 1000).toFixed(2)} s; beyond the window: p50 ${((lag.p50 - window * 1000) / 1000).toFixed(2)} s`,
);
process.exit(0);
