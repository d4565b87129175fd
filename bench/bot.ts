// `npm run bench:bot [-- --users 1000 --paced-users 1000 --seconds 10 --database embedded|postgres --runs 3]`
// Measures Diana (as `npm start` runs it, from the bundle: real database, real handlers) against a bare grammY
// bot. Each runs in its own process and talks to the same fake Bot API, served by this process on loopback,
// exactly as they would talk to Telegram. Each run prints throughput (burst), latency (paced), the cold start
// (a new data directory until the bot answers), the bot process's memory at rest (started, before any load),
// after the runs and at its peak, and Diana's ratios to the bare bot of the same run; several runs end with
// the range of each figure. During the burst it also reads the CPU time each reply cost the bot (all its threads)
// and this process (the fake Bot API and the clients), and on PostgreSQL the local server's processes.
import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BotApiEmulator } from '../src/sandbox/emulator.ts';
import { serveEmulator } from '../src/sandbox/standalone.ts';
import { START_ARGUMENTS } from '../test/support/process.ts';
import { type LoadResult, runLoad } from './load.ts';
import { adminStatement, schemaUrl } from './settings.ts';
import { cpuMs, memoryMb, postgresCpuMs, startSubject, stopSubject } from './subject.ts';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '300' },
    'paced-users': { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
    database: { type: 'string', default: 'embedded' },
    runs: { type: 'string', default: '1' },
  },
});
const users = Number(values.users);
const pacedUsers = Number(values['paced-users']);
const seconds = Number(values.seconds);
const runs = Number(values.runs);
const TOKEN = '424242:bench-token-for-the-fake-bot-api';

const REST_MS = 3000;

async function measure(subject: 'bare' | 'diana') {
  const emulator = new BotApiEmulator({ token: TOKEN });
  const server = await serveEmulator(emulator);
  const env: Record<string, string> = {
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: server.apiRoot,
    PORT: '0',
  };
  let schema: string | undefined;
  if (subject === 'diana') {
    env.DATA_DIR = mkdtempSync(join(tmpdir(), 'diana-bench-'));
    env.LOG_LEVEL = 'info';
    if (values.database === 'postgres') {
      schema = `bench_${process.pid}`;
      env.DATABASE_URL = schemaUrl(schema);
      await adminStatement(`CREATE SCHEMA ${schema}`);
    }
  }
  const { child, startMs } = await startSubject(
    subject === 'bare' ? ['--import', 'tsx', 'bench/bare-bot.ts'] : START_ARGUMENTS,
    env,
  );
  try {
    // At rest: started, settled, nobody has written yet.
    await new Promise((resolve) => setTimeout(resolve, REST_MS));
    const rest = memoryMb(child.pid!).now;
    await runLoad(emulator, { kind: 'burst', users: 50 }, 900_000); // warm-up
    const cpuBefore = cpuMs(child.pid!);
    const serverBefore = schema ? postgresCpuMs() : 0;
    const generatorBefore = process.cpuUsage();
    const burst = await runLoad(emulator, { kind: 'burst', users }, 0);
    const generator = process.cpuUsage(generatorBefore);
    // What a reply costs the machine during the burst: the bot's process (all its threads) and the fake Bot API.
    const burstCpu = {
      bot: (cpuMs(child.pid!) - cpuBefore) / burst.replies,
      api: (generator.user + generator.system) / 1000 / burst.replies,
      /** The PostgreSQL server's processes, when Diana runs on it. */
      server: schema ? (postgresCpuMs() - serverBefore) / burst.replies : undefined,
    };
    const paced = await runLoad(emulator, { kind: 'paced', users: pacedUsers, seconds }, 100_000);
    return { burst, burstCpu, paced, startMs, rest, memory: memoryMb(child.pid!) };
  } finally {
    await stopSubject(child);
    await server.close();
    if (schema) await adminStatement(`DROP SCHEMA ${schema} CASCADE`);
  }
}

const fmt = (r: LoadResult) =>
  `${r.rate.toFixed(0).padStart(5)} replies/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95
    .toFixed(1)
    .padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms${
    r.wrong > 0 ? `  (${r.wrong} answers to /diana were not the menu)` : ''
  }`;

console.log(
  `bench:bot — ${availableParallelism()} cores, ${new Date().toISOString().slice(0, 10)}, Diana on the ${values.database} database`,
);
console.log(
  `burst: ${users} users at once (/start, then /diana); paced: ${pacedUsers} users over ${seconds} s; ${runs} run(s)\n`,
);
type Measured = Awaited<ReturnType<typeof measure>>;
const figures = new Map<string, number[]>();
const note = (name: string, value: number) => figures.set(name, [...(figures.get(name) ?? []), value]);
let wrong = 0;
for (let run = 1; run <= runs; run++) {
  const bare: Measured = await measure('bare');
  const diana: Measured = await measure('diana');
  wrong += [bare, diana].reduce((sum, m) => sum + m.burst.wrong + m.paced.wrong, 0);
  const mb = (m: Measured) =>
    `at rest ${m.rest.toFixed(0)} MB, after the runs ${m.memory.now.toFixed(0)} MB, peak ${m.memory.peak.toFixed(0)} MB`;
  console.log(`run ${run}`);
  console.log(`  bare grammY  burst  ${fmt(bare.burst)}`);
  console.log(`  diana        burst  ${fmt(diana.burst)}`);
  console.log(`  bare grammY  paced  ${fmt(bare.paced)}`);
  console.log(`  diana        paced  ${fmt(diana.paced)}`);
  const cpu = (m: Measured) =>
    `${m.burstCpu.bot.toFixed(2)} ms (${
      m.burstCpu.server === undefined ? '' : `PostgreSQL ${m.burstCpu.server.toFixed(2)} ms, `
    }fake Bot API ${m.burstCpu.api.toFixed(2)} ms)`;
  console.log(`  CPU per reply in the burst: bare ${cpu(bare)}, diana ${cpu(diana)}`);
  console.log(`  cold start: bare ${bare.startMs.toFixed(0)} ms, diana ${diana.startMs.toFixed(0)} ms`);
  console.log(`  RSS: bare ${mb(bare)}; diana ${mb(diana)}`);
  const ratio = diana.burst.rate / bare.burst.rate;
  console.log(
    `  ratio (diana ÷ bare): throughput ${ratio.toFixed(2)}, paced p95 ${(diana.paced.p95 / bare.paced.p95).toFixed(2)}\n`,
  );
  note('burst ratio (diana ÷ bare)', ratio);
  note('bare burst replies/s', bare.burst.rate);
  note('diana burst replies/s', diana.burst.rate);
  note('diana paced p95 ms', diana.paced.p95);
  note('bare paced p95 ms', bare.paced.p95);
  note('bare CPU per reply ms', bare.burstCpu.bot);
  note('diana CPU per reply ms', diana.burstCpu.bot);
  if (diana.burstCpu.server !== undefined) note('PostgreSQL CPU per reply ms', diana.burstCpu.server);
  note('bare cold start ms', bare.startMs);
  note('diana cold start ms', diana.startMs);
  note('bare RSS at rest MB', bare.rest);
  note('diana RSS at rest MB', diana.rest);
  note('bare RSS peak MB', bare.memory.peak);
  note('diana RSS peak MB', diana.memory.peak);
}
if (runs > 1) {
  console.log('range over the runs (min – max):');
  for (const [name, values] of figures) {
    const digits = name.includes('ratio') || name.includes('CPU') ? 2 : 0;
    console.log(
      `  ${name.padEnd(28)} ${Math.min(...values).toFixed(digits)} – ${Math.max(...values).toFixed(digits)}`,
    );
  }
}
if (wrong > 0) console.error('\nThe bots did not answer correctly: these figures are not valid.');
process.exit(wrong > 0 ? 1 : 0);
