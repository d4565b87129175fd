// A logger whose lines a test reads: Diana's own logger (serializers and redaction included), writing to memory.
import { Writable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../src/logger.ts';

export function capturedLogs(level = 'debug'): {
  log: Logger;
  lines: Array<Record<string, unknown>>;
  output: () => string;
} {
  const raw: string[] = [];
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createLogger(level, false, stream), lines, output: () => raw.join('') };
}
