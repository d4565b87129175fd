// `npm run bench:chat [-- --people 100 --messages 3 --latency 200 --database embedded|postgres]`
// Talking to Diana under load: Diana runs in this process on a fresh database, with the local Bot API emulator
// and a fake OpenAI-compatible provider that takes `latency` ms per reply (streamed). `people` write at once,
// `messages` each (within the pacing burst), every message going to the model. For each message the bot's own
// added time is the time from sending it to reading Diana's answer minus the provider's time for its request;
// prints its percentiles, and the process's heap growth per active conversation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { startDiana } from '../src/diana.ts';
import { createLogger } from '../src/logger.ts';
import { BotApiEmulator } from '../src/sandbox/emulator.ts';
import { DIANA_LIKE_REPLY, FakeLlm } from '../test/support/fake-llm.ts';
import { TelegramClient } from '../test/support/telegram-client.ts';
import { adminStatement, BENCH_DATABASE_URL } from './settings.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '100' },
    messages: { type: 'string', default: '3' },
    latency: { type: 'string', default: '200' },
    database: { type: 'string', default: 'embedded' },
  },
});
const people = Number(values.people);
const messages = Number(values.messages);

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function main() {
  const started = performance.now();
  const fake = new FakeLlm();
  fake.latencyMs = Number(values.latency);
  const llmUrl = await fake.start();
  const schema = values.database === 'postgres' ? `bench_chat_${process.pid}` : undefined;
  if (schema) await adminStatement(`CREATE SCHEMA ${schema}`);
  const emulator = new BotApiEmulator();
  const config = loadConfig({
    PORT: '0',
    LOG_LEVEL: 'silent',
    CONTENT_DIR: resolve('content/diana'),
    DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-bench-chat-')),
    LLM_BASE_URL: llmUrl,
    LLM_MODEL: 'bench-model',
    ...(values.database === 'postgres' ? { DATABASE_URL: BENCH_DATABASE_URL, SANDBOX: '1' } : {}),
  });
  const diana = await startDiana(config, {
    log: createLogger('silent', false),
    emulator,
    startWorkers: false,
  });
  try {
    const clients = Array.from(
      { length: people },
      (_, i) => new TelegramClient(emulator, { id: 900_000 + i, first_name: `P${i}`, language_code: 'es' }),
    );
    await Promise.all(clients.map((c) => c.send('/start')));
    // A warm-up message by someone else (the measured people keep their whole pacing burst).
    const warmUp = new TelegramClient(emulator, { id: 899_999, first_name: 'W', language_code: 'es' });
    await warmUp.send('/start');
    await warmUp.send('Cuéntame algo para empezar esta noche, por favor');
    const heapBefore = heapMb();
    const samples: number[] = [];
    const totals: number[] = [];
    const run = performance.now();
    await Promise.all(
      clients.map(async (client, i) => {
        for (let m = 0; m < messages; m++) {
          const text = `Mensaje ${m} de la persona ${i}: cuéntame un secreto de tu casa`;
          const sent = performance.now();
          const reply = await client.send(text);
          const total = performance.now() - sent;
          const request = fake.requests.find((r) => r.messages.at(-1)?.content === text);
          if (!request?.answeredAt || reply.text !== DIANA_LIKE_REPLY) {
            throw new Error(`message ${m} of person ${i} was not answered by the model`);
          }
          totals.push(total);
          samples.push(total - (request.answeredAt - request.receivedAt));
        }
      }),
    );
    const seconds = (performance.now() - run) / 1000;
    const heapAfter = heapMb();
    samples.sort((a, b) => a - b);
    totals.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    console.log(
      [
        `bench:chat — ${people} people × ${messages} messages, provider ${values.latency} ms (streamed), ${diana.database.kind} database`,
        `  ${samples.length} model replies in ${seconds.toFixed(1)} s (${(samples.length / seconds).toFixed(0)}/s)`,
        `  end to end:      p50 ${ms(percentile(totals, 50))}, p95 ${ms(percentile(totals, 95))}, max ${ms(totals.at(-1)!)}`,
        `  bot's own added: p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}, max ${ms(samples.at(-1)!)}`,
        `  heap: ${heapBefore.toFixed(1)} MB before, ${heapAfter.toFixed(1)} MB after; ${(((heapAfter - heapBefore) * 1024) / people).toFixed(1)} KB per active conversation${gc ? '' : ' (run with --expose-gc for a steadier figure)'}`,
        `  whole run ${((performance.now() - started) / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
  } finally {
    await diana.stop();
    await fake.stop();
    if (schema) await adminStatement(`DROP SCHEMA ${schema} CASCADE`);
  }
}

await main();
