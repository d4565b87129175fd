// What the process does with an error nobody caught: log it through pino (with its stack) and stop gracefully
// with a non-zero exit, rather than dying mid-update or carrying on in an unknown state.
import type { Logger } from 'pino';

export function guardProcess(
  proc: Pick<NodeJS.Process, 'on'>,
  log: Logger,
  stop: (reason: string, exitCode: number) => void,
): void {
  proc.on('unhandledRejection', (reason: unknown) => {
    log.fatal({ err: reason }, 'unhandled promise rejection; stopping');
    stop('unhandledRejection', 1);
  });
  proc.on('uncaughtException', (error: Error) => {
    log.fatal({ err: error }, 'uncaught exception; stopping');
    stop('uncaughtException', 1);
  });
}
