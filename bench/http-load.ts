// The load client of `npm run bench:api`, in a process of its own so that the server under measurement keeps its
// event loop to itself: `clients` concurrent callers, each sending the next of `paths` with the key, waiting for
// the whole answer, and sending again, for a warm-up and then `seconds` measured. Started by `httpLoad` below.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { percentile } from './load.ts';

export interface HttpLoad {
  base: string;
  key: string;
  /** Requested in turn, over and over. */
  paths: string[];
  clients: number;
  seconds: number;
  warmupMs: number;
}

export interface HttpFigures {
  /** Measured requests (after the warm-up). */
  requests: number;
  /** Every request sent, the warm-up's included. */
  sent: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  /** The client's own CPU time per request sent (a client slower than the server would be measured instead). */
  clientCpuMs: number;
}

async function run(load: HttpLoad): Promise<HttpFigures> {
  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  const cpu = process.cpuUsage();
  // node:http on kept-alive connections, one per client: a lighter client than fetch leaves the machine's CPU
  // to the server under measurement.
  const agent = new Agent({ keepAlive: true, maxSockets: load.clients });
  const headers = { authorization: `Bearer ${load.key}` };
  const get = (url: string) =>
    new Promise<number>((resolve, reject) => {
      request(url, { agent, headers }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      })
        .on('error', reject)
        .end();
    });
  const measureFrom = performance.now() + load.warmupMs;
  const end = measureFrom + load.seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const path = load.paths[sent++ % load.paths.length];
      const began = performance.now();
      const status = await get(`${load.base}${path}`);
      const took = performance.now() - began;
      if (status !== 200) failures++;
      if (began >= measureFrom) latencies.push(took);
    }
  };
  await Promise.all(Array.from({ length: load.clients }, client));
  const { user, system } = process.cpuUsage(cpu);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const ms = (p: number) => Math.round(percentile(latencies, p) * 10) / 10;
  return {
    requests: latencies.length,
    sent,
    perSecond: Math.round(latencies.length / load.seconds),
    p50: ms(50),
    p95: ms(95),
    p99: ms(99),
    failures,
    clientCpuMs: Math.round((user + system) / 10 / sent) / 100,
  };
}

/** Runs one load from a child process and resolves with its figures. */
export function httpLoad(load: HttpLoad): Promise<HttpFigures> {
  const child = fork(fileURLToPath(import.meta.url), [], { execArgv: ['--import', 'tsx'] });
  return new Promise((resolve, reject) => {
    child.once('message', (figures) => resolve(figures as HttpFigures));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the load client exited with ${code}`)));
    child.send(load);
  });
}

// In the child: one load, its figures back to the parent, then exit.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once('message', async (load: HttpLoad) => {
    const figures = await run(load);
    process.send?.(figures, () => process.exit(0));
  });
}
