// `npm start`: read the configuration, start Diana, stop cleanly within 10 s on SIGTERM/SIGINT (also one that
// arrives while Diana is still starting, e.g. waiting for an unreachable Telegram), and stop with a non-zero exit
// when the bot cannot go on (Telegram refused the token, an error nobody caught).
import type { Logger } from 'pino';
import { DatabaseInUse } from './adapters/db/folder-owner.ts';
import { MigrationError } from './adapters/db/migrate.ts';
import { TelegramUnauthorized } from './adapters/telegram/polling.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ContentError } from './content/yaml-source.ts';
import { type RunningDiana, startDiana } from './diana.ts';
import { applyHeapPolicy, settleHeap } from './heap-policy.ts';
import { createLogger, maskSecrets } from './logger.ts';
import { guardProcess } from './process-guards.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

let log: Logger | undefined;
let diana: RunningDiana | undefined;
let stopRequested: { reason: string; exitCode: number } | undefined;
/** Aborts a start still in progress. */
const starting = new AbortController();

function shutdown(reason: string, exitCode = 0): void {
  if (stopRequested) return;
  stopRequested = { reason, exitCode };
  log?.info(
    { reason },
    diana ? 'stopping: finishing in-flight updates' : 'stopping before the start is complete',
  );
  setTimeout(() => {
    log?.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  if (!diana) {
    // main() sees the aborted start and exits.
    starting.abort();
    return;
  }
  diana.stop().then(
    () => {
      log?.info('stopped');
      process.exit(exitCode);
    },
    (err: unknown) => {
      log?.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

async function main(): Promise<void> {
  const config = loadConfig();
  log = createLogger(config.logLevel);
  guardProcess(process, log, shutdown);
  const database = config.databaseUrl ? 'postgres' : 'embedded';
  applyHeapPolicy(database);
  try {
    diana = await startDiana(config, {
      log,
      signal: starting.signal,
      onFatal: () => shutdown('telegram', 1),
    });
    settleHeap(database);
  } catch (error) {
    if (!starting.signal.aborted) throw error;
    log.info('stopped');
    process.exit(stopRequested?.exitCode ?? 0);
  }
}

main().catch((error: unknown) => {
  // Expected start problems are one clear line, not a stack trace.
  if (
    error instanceof ConfigError ||
    error instanceof MigrationError ||
    error instanceof DatabaseInUse ||
    error instanceof TelegramUnauthorized
  ) {
    console.error(error.message);
  } else if (error instanceof ContentError) {
    console.error(`The content pack has problems:\n${error.message}`);
  } else {
    console.error(
      'Diana could not start:',
      maskSecrets(error instanceof Error ? error.message : String(error)),
    );
  }
  process.exit(1);
});
