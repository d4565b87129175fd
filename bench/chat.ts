// `npm run bench:chat [-- --people 100 --messages 3 --latency 200 --every 3000 --database embedded|postgres]
// [--budgets on|off]`
// Talking to Diana under load. Diana runs as `npm start` runs it, in a process of its own on a fresh database,
// talking to the Bot API emulator and to a fake OpenAI-compatible provider that takes `latency` ms per reply
// (streamed), both served by this process on loopback, as Telegram and a hosted model would be. Two shapes, like
// bench:bot: a burst (closed loop: `people` write at once, `messages` each, within the pacing burst; it measures
// throughput, and its latency is mostly queueing on the database), then a paced run (open loop: another
// `people` in conversation at once, each writing one message every `every` ms from a random start: latency as
// people feel it). Every message goes to the model, under daily and monthly budgets as a deployment sets them
// (caps never reached; `--budgets off` runs without). Each shape starts once Diana is idle again, so what the
// step before left behind (the registrations' events and jobs) is not counted in it, and its CPU time counts
// until she is idle after it (the events its own messages caused). For each message the bot's own added time is
// the time from sending it to reading Diana's answer minus the provider's time for its request; prints its
// percentiles per shape, the delay of this process's own event loop (the emulator, the provider and the people
// run here, and their lag counts as Diana's), and the growth of Diana's resident memory per active conversation.
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { BotApiEmulator } from '../src/sandbox/emulator.ts';
import { serveEmulator } from '../src/sandbox/standalone.ts';
import { DIANA_LIKE_REPLY, FakeLlm } from '../test/support/fake-llm.ts';
import { START_ARGUMENTS } from '../test/support/process.ts';
import { TelegramClient } from '../test/support/telegram-client.ts';
import { adminStatement, schemaUrl } from './settings.ts';
import { cpuMs, memoryMb, startSubject, stopSubject } from './subject.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100' },
    messages: { type: 'string', default: '3' },
    latency: { type: 'string', default: '200' },
    every: { type: 'string', default: '3000' },
    database: { type: 'string', default: 'embedded' },
    budgets: { type: 'string', default: 'on' },
  },
});
const people = Number(values.people);
const messages = Number(values.messages);
const every = Number(values.every);
const TOKEN = '434343:bench-token-for-the-fake-bot-api';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main() {
  const started = performance.now();
  const fake = new FakeLlm();
  fake.latencyMs = Number(values.latency);
  const llmUrl = await fake.start();
  const emulator = new BotApiEmulator({ token: TOKEN });
  const server = await serveEmulator(emulator);
  const schema = values.database === 'postgres' ? `bench_chat_${process.pid}` : undefined;
  if (schema) await adminStatement(`CREATE SCHEMA ${schema}`);
  try {
    await measure({ fake, llmUrl, emulator, apiRoot: server.apiRoot, schema, started });
  } finally {
    await server.close();
    await fake.stop();
    if (schema) await adminStatement(`DROP SCHEMA ${schema} CASCADE`);
  }
}

/** Starts Diana, runs both shapes against her, prints the figures, stops her. */
async function measure({
  fake,
  llmUrl,
  emulator,
  apiRoot,
  schema,
  started,
}: {
  fake: FakeLlm;
  llmUrl: string;
  emulator: BotApiEmulator;
  apiRoot: string;
  schema: string | undefined;
  started: number;
}) {
  const { child } = await startSubject(START_ARGUMENTS, {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    PORT: '0',
    LOG_LEVEL: 'info',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-bench-chat-')),
    LLM_BASE_URL: llmUrl,
    LLM_MODEL: 'bench-model',
    ...(values.budgets === 'off' ? {} : { LLM_BUDGET_DAILY_USD: '10000', LLM_BUDGET_MONTHLY_USD: '100000' }),
    ...(schema ? { DATABASE_URL: schemaUrl(schema) } : {}),
  });
  try {
    // A loaded machine may take longer than a test's patience to answer: the benchmark waits a minute.
    const send = (client: TelegramClient, text: string) => {
      const next = client.nextBotMessage(60_000);
      emulator.sendText(client.id, text);
      return next;
    };
    const person = (id: number) =>
      new TelegramClient(emulator, { id, first_name: `P${id}`, language_code: 'es' });
    const burstPeople = Array.from({ length: people }, (_, i) => person(900_000 + i));
    const pacedPeople = Array.from({ length: people }, (_, i) => person(910_000 + i));
    // Registered twenty at a time: their /start is not what is measured.
    const everyone = [...burstPeople, ...pacedPeople];
    for (let i = 0; i < everyone.length; i += 20)
      await Promise.all(everyone.slice(i, i + 20).map((c) => send(c, '/start')));
    // A warm-up message by someone else (the measured people keep their whole pacing burst).
    const warmUp = person(899_999);
    await send(warmUp, '/start');
    await send(warmUp, 'Cuéntame algo para empezar esta noche, por favor');

    /**
     * One message and Diana's answer: the whole time, and the bot's own part of it. Lucien's announcements (an
     * achievement of the registration, delivered once the evening's quiet hours allow) may come in between.
     */
    const exchange = async (client: TelegramClient, text: string) => {
      const sent = performance.now();
      const answered = client.waitForChange(
        (c) => (c.kind === 'message' && c.message.text === DIANA_LIKE_REPLY ? c.message : undefined),
        60_000,
        `the model's answer to "${text}"`,
      );
      emulator.sendText(client.id, text);
      await answered;
      const total = performance.now() - sent;
      const request = fake.requests.find((r) => r.messages.at(-1)?.content === text);
      if (!request?.answeredAt) throw new Error(`"${text}" was answered, but not by the model`);
      return { total, added: total - (request.answeredAt - request.receivedAt) };
    };
    /** Runs a shape's people at once; `each` times its messages through `exchange`. */
    const run = async (
      name: 'burst' | 'paced',
      each: (client: TelegramClient, i: number, exchange: (text: string) => Promise<void>) => Promise<void>,
    ) => {
      await idle(child.pid!);
      const shape = { name, totals: [] as number[], added: [] as number[], seconds: 0, cpuMs: 0, lagMs: 0 };
      const lag = monitorEventLoopDelay({ resolution: 10 });
      lag.enable();
      const started = performance.now();
      const cpuBefore = cpuMs(child.pid!);
      await Promise.all(
        (name === 'burst' ? burstPeople : pacedPeople).map((client, i) =>
          each(client, i, async (text) => {
            const { total, added } = await exchange(client, text);
            shape.totals.push(total);
            shape.added.push(added);
          }),
        ),
      );
      shape.seconds = (performance.now() - started) / 1000;
      lag.disable();
      shape.lagMs = lag.percentile(99) / 1e6;
      // Until the events and jobs the messages caused are handled too: they are part of what a message costs.
      await idle(child.pid!);
      shape.cpuMs = cpuMs(child.pid!) - cpuBefore;
      return shape;
    };

    const rssBefore = memoryMb(child.pid!).now;
    const burst = await run('burst', async (_, i, send) => {
      for (let m = 0; m < messages; m++) await send(`Mensaje ${m} de la persona ${i}: cuéntame un secreto`);
    });
    const rssAfter = memoryMb(child.pid!).now;
    const paced = await run('paced', async (_, i, send) => {
      await sleep(Math.random() * every);
      for (let m = 0; m < messages; m++) {
        const next = sleep(every);
        await send(`Mensaje ${m} de la pareja ${i}: háblame de tu casa`);
        await next;
      }
    });

    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const lines = [
      `bench:chat — ${people} people × ${messages} messages, provider ${values.latency} ms (streamed), ${values.database} database, budgets ${values.budgets}, Diana in a process of her own`,
    ];
    for (const shape of [burst, paced]) {
      shape.added.sort((a, b) => a - b);
      shape.totals.sort((a, b) => a - b);
      lines.push(
        `  ${shape.name === 'burst' ? 'burst (all at once)' : `paced (one message each every ${every} ms)`}: ${shape.added.length} model replies in ${shape.seconds.toFixed(1)} s (${(shape.added.length / shape.seconds).toFixed(0)}/s)`,
        `    end to end:      p50 ${ms(percentile(shape.totals, 50))}, p95 ${ms(percentile(shape.totals, 95))}, max ${ms(shape.totals.at(-1)!)}`,
        `    bot's own added: p50 ${ms(percentile(shape.added, 50))}, p95 ${ms(percentile(shape.added, 95))}, max ${ms(shape.added.at(-1)!)}`,
        `    Diana's CPU time: ${ms(shape.cpuMs / shape.added.length)} per message, with the background work it caused (all her threads; a busy machine disturbs it less than latencies)`,
        `    this process's event loop delay: p99 ${ms(shape.lagMs)}`,
      );
    }
    lines.push(
      `  Diana's RSS: ${rssBefore.toFixed(1)} MB before the burst, ${rssAfter.toFixed(1)} MB after; ${(((rssAfter - rssBefore) * 1024) / people).toFixed(1)} KB per active conversation`,
      `  whole run ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(lines.join('\n'));
  } finally {
    await stopSubject(child);
  }
}

/**
 * Waits until Diana has used less than a twentieth of a core for half a second (at most half a minute): the
 * work an earlier step left queued runs before a shape, not during it.
 */
async function idle(pid: number): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 500) {
    const before = cpuMs(pid);
    await sleep(500);
    if (cpuMs(pid) - before < 25) return;
  }
}

await main();
