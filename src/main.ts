// `npm start`: read the configuration, start Diana, stop cleanly on SIGTERM/SIGINT (even one that arrives
// while Diana is still starting).
import { MigrationError } from './adapters/db/migrate.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ContentError } from './content/yaml-source.ts';
import { type RunningDiana, startDiana } from './diana.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

let diana: RunningDiana | undefined;
let stopRequested: string | undefined;

function shutdown(signal: string): void {
  if (stopRequested) return;
  stopRequested = signal;
  if (!diana) return; // main() stops it as soon as it has started.
  const log = diana.app.log;
  log.info({ signal }, 'stopping: finishing in-flight updates');
  setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  diana.stop().then(
    () => {
      log.info('stopped');
      process.exit(0);
    },
    (err: unknown) => {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
}

process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

async function main(): Promise<void> {
  const config = loadConfig();
  diana = await startDiana(config);
  if (stopRequested) {
    const signal = stopRequested;
    stopRequested = undefined;
    shutdown(signal);
  }
}

main().catch((error: unknown) => {
  // Expected start problems are one clear line, not a stack trace.
  if (error instanceof ConfigError || error instanceof MigrationError) {
    console.error(error.message);
  } else if (error instanceof ContentError) {
    console.error(`The content pack has problems:\n${error.message}`);
  } else {
    console.error('Diana could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
