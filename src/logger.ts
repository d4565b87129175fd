// JSON logs for machines; readable lines when a person watches the terminal. Logs never carry what people
// wrote or secrets: errors are serialized without message texts and captions (a failed sendMessage carries its
// payload), and bot tokens and passwords in URLs (a network error names the URL it called) are masked.
import pino, { type Logger } from 'pino';
import { currentCorrelation } from './correlation.ts';

/** Keys whose values are someone's words or a secret, wherever they sit in a logged error. */
const PRIVATE_KEYS = new Set([
  'text',
  'caption',
  'token',
  'secret_token',
  'password',
  'authorization',
  'api_key',
  'apikey',
]);

const BOT_TOKEN = /(?<!\d)\d{3,}:[\w-]{20,}/g;
const URL_PASSWORD = /(\/\/[^\s:/@]*):[^\s@/]+@/g;

/** Masks bot tokens and URL passwords in a string. */
export function maskSecrets(text: string): string {
  return text.replace(BOT_TOKEN, '<token>').replace(URL_PASSWORD, '$1:<password>@');
}

function scrub(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return maskSecrets(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value) || depth > 8) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => scrub(v, seen, depth + 1));
  const out: Record<string, unknown> = {};
  // Errors keep message and stack (not enumerable) and everything they carry (payload, cause, error).
  const keys = new Set([
    ...Object.keys(value),
    ...(value instanceof Error ? ['name', 'message', 'stack'] : []),
  ]);
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    out[key] =
      PRIVATE_KEYS.has(key.toLowerCase()) && v !== undefined && v !== null
        ? `[redacted${typeof v === 'string' ? ` ${v.length} chars` : ''}]`
        : scrub(v, seen, depth + 1);
  }
  return out;
}

/** pino's error serializer, then private texts and secrets taken out. */
export function serializeError(error: unknown): unknown {
  const base = error instanceof Error ? pino.stdSerializers.err(error) : error;
  return scrub(base, new WeakSet(), 0);
}

export function createLogger(
  level: string,
  pretty = Boolean(process.stdout.isTTY),
  /** Where lines go (stdout by default; tests read them). */
  destination?: pino.DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'diana' },
    serializers: { err: serializeError, error: serializeError },
    // Every line written while an update (or what it caused) is handled names its correlation id.
    mixin: () => {
      const cid = currentCorrelation();
      return cid === undefined ? {} : { cid };
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,service' },
          },
        }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
