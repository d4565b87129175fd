// Runs Diana as `npm start` does, in a child process, to test what only a real process shows: signals,
// restarts, exit codes and one-line configuration errors.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { noonTimeZone } from './time-zones.ts';

export interface DianaProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code and how long the stop took. */
  terminate(): Promise<{ code: number | null; ms: number }>;
}

/**
 * The node arguments `npm start` runs Diana with (package.json's start script, after its `exec node`): the
 * bundle, which the test run's global setup brings up to date.
 */
export const START_ARGUMENTS: readonly string[] = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split('exec node ')[1]!
  .trim()
  .split(/\s+/);
const ENTRY = [...START_ARGUMENTS];
const started = new Set<ChildProcess>();

/** Kills every Diana process a test started and did not stop (a failed assertion must not leak one). */
export function killStartedProcesses(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  started.clear();
}

function baseEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { TELEGRAM_BOT_TOKEN: _t, DATABASE_URL: _d, ...rest } = process.env;
  return { ...rest, PORT: '0', LOG_LEVEL: 'info', TZ_DEFAULT: noonTimeZone(), ...env };
}

export interface WatchedProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the match once the output (stdout and stderr) matches, from `from` on. */
  waitFor(pattern: RegExp, options?: { timeoutMs?: number; from?: number }): Promise<RegExpExecArray>;
  /** Resolves with the exit code and how long the exit took from now. */
  exited(): Promise<{ code: number | null; ms: number }>;
  /** Sends SIGTERM and resolves with the exit code and how long the stop took. */
  terminate(): Promise<{ code: number | null; ms: number }>;
}

/** Starts Diana and watches its output, for starts that never finish or end on their own. */
export function spawnProcess(env: Record<string, string>): WatchedProcess {
  const child = spawn(process.execPath, ENTRY, { env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  let out = '';
  let code: number | null | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (c) => {
      started.delete(child);
      code = c;
      resolve();
    }),
  );
  const listen = (chunk: Buffer) => {
    out += chunk;
  };
  child.stdout?.on('data', listen);
  child.stderr?.on('data', listen);
  const exited = async () => {
    const since = Date.now();
    await exit;
    return { code: code ?? null, ms: Date.now() - since };
  };
  return {
    child,
    output: () => out,
    waitFor: async (pattern, options = {}) => {
      const deadline = Date.now() + (options.timeoutMs ?? 30_000);
      for (;;) {
        const match = new RegExp(pattern.source, pattern.flags).exec(out.slice(options.from ?? 0));
        if (match) return match;
        if (code !== undefined || Date.now() > deadline)
          throw new Error(
            `no ${pattern} in the output${code === undefined ? '' : ` (exited ${code})`}:\n${out}`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited,
    terminate: () => {
      child.kill('SIGTERM');
      return exited();
    },
  };
}

export function startProcess(env: Record<string, string>): Promise<DianaProcess> {
  const child = spawn(process.execPath, ENTRY, { env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  child.once('exit', () => started.delete(child));
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Diana did not start:\n${out}`)), 60_000);
    const failed = (code: number | null) => reject(new Error(`Diana exited with ${code}:\n${out}`));
    child.once('exit', failed);
    const watch = () => {
      const match = /"url":"(http:\/\/[^"]+)".*Diana is running/.exec(out);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.off('exit', failed);
      child.stdout?.off('data', watch);
      resolve({
        child,
        url: match[1],
        output: () => out,
        terminate: () =>
          new Promise((done) => {
            const started = Date.now();
            child.once('exit', (code) => done({ code, ms: Date.now() - started }));
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', watch);
  });
}

/** Runs Diana to completion (for starts that must fail). */
export function runToExit(env: Record<string, string>): {
  code: number | null;
  stderr: string;
  stdout: string;
} {
  const result = spawnSync(process.execPath, ENTRY, { env: baseEnv(env), encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

/** Runs one of the package's command-line tools (e.g. reconcile). */
export function runTool(
  script: string,
  env: Record<string, string>,
): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], {
    env: baseEnv(env),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}
