// The bot under measurement as a process of its own (`npm start` for Diana), talking to the fake Bot API this
// process serves on loopback: started until it says it runs, read for memory from the kernel, stopped.
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of a process now and at its peak, from the kernel (VmRSS, VmHWM). */
export function memoryMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const read = (field: string) =>
    Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
  return { now: read('VmRSS'), peak: read('VmHWM') };
}

/** CPU time a process has used so far, user and system, in milliseconds (from the kernel). */
export function cpuMs(pid: number): number {
  // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in ticks.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time the local PostgreSQL server has used so far, in milliseconds: all its processes, with what their
 * children that have exited used (a backend that ends during a measure still counts, through the postmaster).
 */
export function postgresCpuMs(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const [name, rest] = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ');
      if (!name?.endsWith('(postgres')) continue;
      const fields = rest!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The kernel's clock ticks per second (USER_HZ), 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** Starts a bot with these node arguments and resolves once it says it is running, with the time that took. */
export async function startSubject(
  args: readonly string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; startMs: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []), ...args],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (/running/.test(chunk.toString())) resolve();
    });
  });
  return { child, startMs: performance.now() - started };
}

/** Stops a bot gracefully (SIGTERM) and waits until it has exited. */
export async function stopSubject(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
