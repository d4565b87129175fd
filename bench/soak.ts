// `npm run bench:soak [-- --minutes 30 --rate 25 --warm-up 5]`
// A steady, realistic mix for a long time: Diana (`src/main.ts` as `npm start` runs it, on a fresh PostgreSQL
// schema) talks to the fake Bot API this process serves on loopback, and people act through it as Telegram
// clients: newcomers arrive and ask to join the free channel, people read the story, write to Diana (her
// scripted replies), tap the reaction buttons of a channel post, claim the daily gift, buy VIP with Stars.
// `rate` actions start per second (open loop), each by someone idle. Every minute it samples Diana's RSS (from
// the kernel), heap (the floor over the minute, from her /metrics), the p95 of the updates answered in that
// minute and the backlog (updates being handled, outbox events and due jobs waiting), and at the end prints
// the growth after the warm-up, the p95 drift and the backlog trend. Bounded in time; stops by itself.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Message } from 'grammy/types';
import pg from 'pg';
import { BotApiEmulator } from '../src/sandbox/emulator.ts';
import { serveEmulator } from '../src/sandbox/standalone.ts';
import { START_ARGUMENTS } from '../test/support/process.ts';
import { TelegramClient } from '../test/support/telegram-client.ts';
import { percentile } from './load.ts';
import { adminStatement, schemaUrl } from './settings.ts';
import { memoryMb, startSubject, stopSubject } from './subject.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '30' },
    rate: { type: 'string', default: '25' },
    'warm-up': { type: 'string' },
  },
});
const bounded = (name: string, value: number, min: number, max: number) => {
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`--${name} must be a number between ${min} and ${max}`);
  return value;
};
const minutes = bounded('minutes', Number(values.minutes), 1, 120);
// A steady, moderate load: the machine is shared, and a soak looks for drift, not for the ceiling.
const rate = bounded('rate', Number(values.rate), 1, 50);
const warmUp = bounded(
  'warm-up',
  Number(values['warm-up'] ?? Math.max(1, Math.round(minutes / 6))),
  0,
  minutes - 1,
);

const TOKEN = '424242:soak-token-for-the-fake-bot-api';
const ADMIN_ID = 8_000_000;
const FIRST_PERSON = 20_000_000;
const SAMPLE_MS = 10_000;
const SETTLE_MS = 15_000;

/** The share of each action in the mix (per action started). */
const MIX = {
  story: 0.35,
  talk: 0.2,
  react: 0.15,
  gift: 0.1,
  menu: 0.1,
  arrive: 0.05,
  pay: 0.05,
} as const;
type Action = keyof typeof MIX;

const LINES = {
  es: [
    'Hola Diana, ¿cómo estás esta noche?',
    '¿Qué pasa después en la historia?',
    'Cuéntame un secreto de la casa',
  ],
  en: ['Hi Diana, how are you tonight?', 'What happens next in the story?', 'Tell me a secret of the house'],
};

interface Person {
  client: TelegramClient;
  language: 'es' | 'en';
  /** The story message being read (edited in place by each tap). */
  screen?: Message | undefined;
  paid: boolean;
  busy: boolean;
}

interface Minute {
  latencies: number[];
  errors: number;
  skipped: number;
  rss: number[];
  heap: number[];
  backlog: number[];
  /** The backlog by queue at the minute's last sample. */
  queues?: { updates: number; events: number; jobs: number };
  /** The machine's load average (it is shared: a busy neighbour shows here, not as Diana's drift). */
  load: number[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A message awaited later: if the action fails first, its timeout is not an unhandled rejection. */
const awaited = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const callbackLabels = (message: Message | undefined) =>
  (message?.reply_markup?.inline_keyboard ?? [])
    .flat()
    .filter((b) => 'callback_data' in b)
    .map((b) => b.text);

async function main() {
  const emulator = new BotApiEmulator({ token: TOKEN });
  const server = await serveEmulator(emulator);
  const schema = `bench_soak_${process.pid}`;
  await adminStatement(`CREATE SCHEMA ${schema}`);
  const port = await freePort();
  const free = emulator.channels.demo.free;
  const { child } = await startSubject(START_ARGUMENTS, {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: server.apiRoot,
    PORT: String(port),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-soak-')),
    DATABASE_URL: schemaUrl(schema),
    FREE_CHANNEL_ID: String(free),
    VIP_CHANNEL_ID: String(emulator.channels.demo.vip),
    ADMIN_TELEGRAM_IDS: String(ADMIN_ID),
    JOIN_REQUEST_DELAY_SECONDS: '0',
    LOG_LEVEL: 'info',
  });
  // Whatever ends this process, Diana does not outlive it.
  process.once('exit', () => child.kill('SIGKILL'));
  const db = new pg.Client({ connectionString: schemaUrl(schema) });
  await db.connect();

  const minutesSeen: Minute[] = [];
  const current = () => minutesSeen.at(-1)!;
  const newMinute = () =>
    minutesSeen.push({ latencies: [], errors: 0, skipped: 0, rss: [], heap: [], backlog: [], load: [] });
  newMinute();
  /** One update sent and answered: its latency counts in the minute it was answered. */
  const timed = async <T>(step: () => Promise<T>): Promise<T> => {
    const sent = performance.now();
    const result = await step();
    current().latencies.push(performance.now() - sent);
    return result;
  };

  const people: Person[] = [];
  let nextId = FIRST_PERSON;
  const arrive = async () => {
    const language = nextId % 2 ? 'es' : 'en';
    const person: Person = {
      client: new TelegramClient(emulator, { id: nextId++, first_name: 'Soak', language_code: language }),
      language,
      paid: false,
      busy: true,
    };
    await timed(() => person.client.send('/start'));
    emulator.channels.requestJoin(person.client.id, free);
    people.push(person);
    person.busy = false;
  };
  const home = (p: Person) => timed(() => p.client.send('/diana'));

  // The admin publishes the post people react to, from /admin, as an operator would.
  const admin = new TelegramClient(emulator, { id: ADMIN_ID, first_name: 'Admin', language_code: 'es' });
  await admin.send('/start');
  const channels = await admin.press('Canales', await admin.send('/admin'));
  await admin.press('Publicar en el canal gratuito', channels.message);
  await admin.press('Publicar', await admin.send('Esta noche, el salón rojo.'));
  const post = emulator.history(free).at(-1)!;
  for (let i = 0; i < 5; i++) await Promise.all(Array.from({ length: 10 }, arrive));

  const actions: Record<Action, (p: Person) => Promise<unknown>> = {
    arrive: () => arrive(),
    menu: home,
    talk: (p) => timed(() => p.client.send(pick(LINES[p.language]))),
    story: async (p) => {
      const choices = callbackLabels(p.screen).filter((label) => !label.startsWith('⬅️'));
      if (!p.screen || choices.length === 0) {
        const menu = await home(p);
        p.screen = (await timed(() => p.client.press(/^💋/, menu))).message;
        return;
      }
      p.screen = (await timed(() => p.client.press(pick(choices), p.screen))).message;
    },
    react: async (p) => {
      if (!emulator.channels.canRead(p.client.id, free)) return home(p);
      return timed(() => p.client.pressInChannel(free, post, pick(['🔥', '😈', '💋', '❤️'])));
    },
    gift: async (p) => {
      const menu = await home(p);
      const besitos = await timed(() => p.client.press(/^🌟/, menu));
      const daily = await timed(() => p.client.press(/^🎁/, besitos.message));
      if (callbackLabels(daily.message).some((label) => /Recibir|Receive/.test(label)))
        await timed(() => p.client.press(/Recibir|Receive/, daily.message));
    },
    pay: async (p) => {
      if (p.paid) return home(p);
      p.paid = true;
      const menu = await home(p);
      const vip = await timed(() => p.client.press(/^💎/, menu));
      const invoice = awaited(p.client.nextBotMessage());
      await timed(() => p.client.press(/VIP ·/, vip.message));
      const sent = await invoice;
      const confirmed = awaited(p.client.nextBotMessage());
      const paid = await timed(() => emulator.payments.pay(p.client.id, sent.message_id));
      if (!paid.ok) throw new Error(`payment refused: ${paid.error}`);
      await timed(() => confirmed);
    },
  };
  const entries = Object.entries(MIX) as Array<[Action, number]>;
  const chooseAction = (): Action => {
    let roll = Math.random();
    for (const [action, share] of entries) {
      roll -= share;
      if (roll < 0) return action;
    }
    return 'menu';
  };

  const metric = (text: string, name: string) =>
    Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  const sample = async () => {
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const { rows } = await db.query<{ updates: string; events: string; jobs: string }>(`
      SELECT (SELECT count(*) FROM update_inbox WHERE status IN ('handling', 'failed')) AS updates,
        (SELECT count(*) FROM events WHERE status = 'pending') AS events,
        (SELECT count(*) FROM jobs WHERE status IN ('pending', 'running') AND run_at <= now()) AS jobs`);
    const waiting = {
      updates: Number(rows[0]!.updates),
      events: Number(rows[0]!.events),
      jobs: Number(rows[0]!.jobs),
    };
    const minute = current();
    minute.rss.push(memoryMb(child.pid!).now);
    minute.heap.push(metric(metrics, 'diana_nodejs_heap_size_used_bytes') / 1024 / 1024);
    minute.backlog.push(waiting.updates + waiting.events + waiting.jobs);
    minute.queues = waiting;
    minute.load.push(loadavg()[0]!);
  };

  const started = performance.now();
  const end = started + minutes * 60_000;
  const inFlight = new Set<Promise<unknown>>();
  let nextSample = started + SAMPLE_MS;
  let nextMinute = started + 60_000;
  let tick = 0;
  console.log(
    `bench:soak — ${availableParallelism()} cores, ${new Date().toISOString().slice(0, 10)}, PostgreSQL, ${minutes} min at ${rate} actions/s, warm-up ${warmUp} min`,
  );
  console.log(
    'minute  updates  p95 ms  errors  RSS MB  heap floor MB  backlog max  (updates/events/jobs at the end)  machine load',
  );
  while (performance.now() < end) {
    const due = started + (tick++ * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (performance.now() >= nextSample) {
      nextSample += SAMPLE_MS;
      await sample();
    }
    if (performance.now() >= nextMinute) {
      nextMinute += 60_000;
      report(minutesSeen.length, current());
      newMinute();
    }
    const idle = people.filter((p) => !p.busy);
    if (idle.length === 0) {
      current().skipped++;
      continue;
    }
    const person = pick(idle);
    const action = chooseAction();
    person.busy = action !== 'arrive';
    const run = actions[action](person)
      .catch(() => {
        current().errors++;
        person.screen = undefined;
      })
      .finally(() => {
        person.busy = false;
        inFlight.delete(run);
      });
    inFlight.add(run);
  }
  await Promise.race([Promise.all(inFlight), new Promise((resolve) => setTimeout(resolve, SETTLE_MS))]);
  await stopSubject(child);
  await db.end();
  await server.close();
  await adminStatement(`DROP SCHEMA ${schema} CASCADE`);
  summarize(minutesSeen.slice(0, minutes));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p95Of = (m: Minute) =>
  percentile(
    [...m.latencies].sort((a, b) => a - b),
    95,
  );

function report(index: number, m: Minute) {
  console.log(
    [
      String(index).padStart(6),
      String(m.latencies.length).padStart(8),
      p95Of(m).toFixed(1).padStart(7),
      String(m.errors).padStart(7),
      mean(m.rss).toFixed(0).padStart(7),
      Math.min(...m.heap)
        .toFixed(1)
        .padStart(14),
      String(Math.max(...m.backlog)).padStart(12),
      `${m.queues?.updates}/${m.queues?.events}/${m.queues?.jobs}`.padStart(34),
      mean(m.load).toFixed(1).padStart(13),
    ].join(' '),
  );
}

function summarize(all: Minute[]) {
  const steady = all.slice(warmUp);
  const first = steady[0]!;
  const last = steady.at(-1)!;
  const growth = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
  const p95s = steady.map(p95Of);
  const backlogs = steady.map((m) => Math.max(...m.backlog));
  const updates = all.reduce((n, m) => n + m.latencies.length, 0);
  const errors = all.reduce((n, m) => n + m.errors, 0);
  const skipped = all.reduce((n, m) => n + m.skipped, 0);
  console.log(
    [
      `\nafter the warm-up (minute ${warmUp + 1} to ${all.length}):`,
      `  RSS ${mean(first.rss).toFixed(0)} → ${mean(last.rss).toFixed(0)} MB (growth ${growth(mean(first.rss), mean(last.rss))})`,
      `  heap floor ${Math.min(...first.heap).toFixed(1)} → ${Math.min(...last.heap).toFixed(1)} MB (growth ${growth(Math.min(...first.heap), Math.min(...last.heap))})`,
      `  p95 ${p95s[0]!.toFixed(1)} → ${p95s.at(-1)!.toFixed(1)} ms (drift ${growth(p95s[0]!, p95s.at(-1)!)}; range ${Math.min(...p95s).toFixed(1)} – ${Math.max(...p95s).toFixed(1)} ms)`,
      `  backlog per minute (max) ${backlogs.join(' ')} (trend ${backlogs.at(-1)! - backlogs[0]!})`,
      `  backlog at the end: ${JSON.stringify(last.queues)} (updates being handled, events pending, jobs due)`,
      `  machine load average ${Math.min(...all.map((m) => mean(m.load))).toFixed(1)} – ${Math.max(...all.map((m) => mean(m.load))).toFixed(1)} on ${availableParallelism()} cores`,
      `  ${updates} updates answered (${(updates / (all.length * 60)).toFixed(1)}/s), ${errors} actions failed, ${skipped} skipped (nobody idle)`,
    ].join('\n'),
  );
  process.exitCode = errors > updates * 0.01 ? 1 : 0;
}

await main();
