// `npm start`: read the configuration, start Diana, stop cleanly on SIGTERM/SIGINT.

import { MigrationError } from './adapters/db/migrate.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ContentError } from './content/yaml-source.ts';
import { startDiana } from './diana.ts';

const SHUTDOWN_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const diana = await startDiana(config);
  const log = diana.app.log;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing in-flight updates');
    const deadline = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    diana.stop().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
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
