// The one place that reads the environment. Every variable of the configuration contract is validated here,
// once, at start; a bad value becomes a ConfigError naming the variable and the expected form (and the value
// only when it is no secret). A token-less start on a real database or a public address is refused: the
// sandbox lets anyone act as anyone.
import { join } from 'node:path';
import { z } from 'zod';
import { isLoopback } from './adapters/http/loopback.ts';
import { isTimeZone } from './domain/calendar.ts';

/** Variables whose values are never printed: tokens, and URLs that may carry a password or a secret path. */
const SECRET_VARIABLES = new Set([
  'TELEGRAM_BOT_TOKEN',
  'DATABASE_URL',
  'REDIS_URL',
  'WEBHOOK_URL',
  'METRICS_TOKEN',
  'LLM_API_KEY',
  'LLM_BASE_URL',
  'LLM_FALLBACKS',
]);

/** The longest wait before a join request is approved: Telegram forgets pending requests after a while. */
export const MAX_JOIN_REQUEST_DELAY_SECONDS = 7 * 24 * 3600;

const optional = (schema: z.ZodType<unknown>) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const telegramIdList = z
  .string()
  .regex(/^\s*(\d+\s*(,\s*\d+\s*)*)?$/, 'a comma-separated list of numeric Telegram user ids, e.g. 123,456')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .map(Number),
  );

const chatId = z
  .string()
  .regex(/^-?\d+$/, 'a numeric Telegram chat id, e.g. -1001234567890')
  .transform(Number);

const httpUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL, e.g. https://api.telegram.org' });

const port = z
  .string()
  .regex(/^\d+$/, 'a TCP port number between 0 and 65535')
  .transform(Number)
  .refine((n) => n <= 65535, 'a TCP port number between 0 and 65535');

const dollars = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'an amount of US dollars, e.g. 5 or 2.50')
  .transform(Number);

/** A whole number of at least `min` (`fallback` when unset or empty); `expected` says so in an error. */
const wholeNumber = (fallback: string, min: number, expected: string) =>
  z.preprocess(
    (v) => v || fallback,
    z
      .string()
      .regex(/^\d+$/, expected)
      .transform(Number)
      .refine((n) => n >= min, expected),
  );
const milliseconds = (fallback: string) =>
  wholeNumber(fallback, 100, 'a whole number of milliseconds, at least 100');
const atLeastOne = (fallback: string, expected: string) => wholeNumber(fallback, 1, expected);

/** A comma-separated list (empty when unset) whose every entry matches `entry`. */
const commaList = (entry: RegExp, expected: string) =>
  z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      )
      .refine((list) => list.every((x) => entry.test(x)), expected),
  );

/** A further model: `model`, `model@https://host/v1`, or `model@https://host/v1@KEY_VARIABLE` (its key's variable). */
const fallbackEntry = /^[^\s@,]+(@https?:\/\/[^\s@,]+(@[A-Z][A-Z0-9_]*)?)?$/;

const schema = z.object({
  TELEGRAM_BOT_TOKEN: optional(
    z.string().regex(/^\d+:[\w-]{20,}$/, 'a bot token from @BotFather, e.g. 123456:ABC-DEF...'),
  ),
  TELEGRAM_API_ROOT: z.preprocess((v) => v || 'https://api.telegram.org', httpUrl),
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'a PostgreSQL URL, e.g. postgres://user@host:5432/db'),
  ),
  DATA_DIR: z.preprocess((v) => v || './data', z.string()),
  PORT: z.preprocess((v) => v || '3000', port),
  HOST: z.preprocess((v) => v || '127.0.0.1', z.string()),
  ADMIN_TELEGRAM_IDS: z.preprocess((v) => v ?? '', telegramIdList),
  CONTENT_DIR: z.preprocess((v) => v || './content/diana', z.string()),
  FREE_CHANNEL_ID: optional(chatId),
  VIP_CHANNEL_ID: optional(chatId),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\/\S+$/, 'a Redis URL, e.g. redis://127.0.0.1:6379')),
  WEBHOOK_URL: optional(z.url({ protocol: /^https$/, error: 'a public https URL' })),
  LOG_LEVEL: z.preprocess(
    (v) => v || 'info',
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'one of fatal, error, warn, info, debug, trace, silent',
    }),
  ),
  TZ_DEFAULT: z.preprocess(
    (v) => v || 'America/Mexico_City',
    z.string().refine(isTimeZone, 'an IANA time zone, e.g. America/Mexico_City'),
  ),
  RETENTION_DAYS: z.preprocess(
    (v) => v || '90',
    z
      .string()
      .regex(/^\d+$/, 'a whole number of days, at least 7')
      .transform(Number)
      .refine((n) => n >= 7, 'a whole number of days, at least 7'),
  ),
  JOIN_REQUEST_DELAY_SECONDS: z.preprocess(
    (v) => v || '180',
    z
      .string()
      .regex(/^\d+$/, 'a whole number of seconds between 0 and 604800 (7 days)')
      .transform(Number)
      .refine(
        (n) => n <= MAX_JOIN_REQUEST_DELAY_SECONDS,
        'a whole number of seconds between 0 and 604800 (7 days)',
      ),
  ),
  ANALYTICS_EVERY_SECONDS: wholeNumber('60', 5, 'a whole number of seconds, at least 5'),
  BACKUP_DIR: optional(z.string()),
  BACKUP_EVERY_HOURS: optional(
    z
      .string()
      .regex(/^\d+$/, 'a whole number of hours between 1 and 720')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 720, 'a whole number of hours between 1 and 720'),
  ),
  BACKUP_KEEP: atLeastOne('7', 'a whole number of backups to keep, at least 1'),
  CONSOLE_ORIGINS: commaList(
    /^https?:\/\/[^/\s]+$/,
    'a comma-separated list of origins, e.g. https://console.example.com,http://localhost:5173',
  ),
  PUBLIC_URL: optional(
    z.url({
      protocol: /^https?$/,
      error: 'the http(s) address people reach this server at, e.g. https://diana.example.com',
    }),
  ),
  API_RATE_LIMIT: atLeastOne('600', 'a whole number of requests per minute, at least 1'),
  SANDBOX: optional(z.enum(['0', '1'], { error: '1 (allow the sandbox here) or 0' })),
  METRICS_PORT: optional(port.refine((n) => n > 0, 'a TCP port number between 1 and 65535')),
  METRICS_TOKEN: optional(
    z
      .string()
      .regex(
        /^[\w.~+/=-]{16,}$/,
        'at least 16 letters, digits or -._~+/= (e.g. from `openssl rand -hex 32`)',
      ),
  ),
  // Tracing (OpenTelemetry over OTLP) runs only when this is set; the SDK reads the other OTEL_* settings.
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(
    z.url({ protocol: /^https?$/, error: 'an OTLP collector URL, e.g. http://127.0.0.1:4318' }),
  ),
  LLM_BASE_URL: optional(httpUrl),
  LLM_API_KEY: optional(z.string()),
  LLM_MODEL: optional(z.string().regex(/^\S+$/, 'a model name without spaces, e.g. gpt-4o-mini')),
  LLM_FALLBACKS: commaList(
    fallbackEntry,
    'a comma-separated list of model, model@https://host/v1 or model@https://host/v1@KEY_VARIABLE',
  ),
  LLM_STREAM: z.preprocess((v) => v || '1', z.enum(['0', '1'], { error: '1 (stream replies) or 0' })),
  LLM_FIRST_TOKEN_TIMEOUT_MS: milliseconds('10000'),
  LLM_TOTAL_TIMEOUT_MS: milliseconds('20000'),
  LLM_BUDGET_DAILY_USD: optional(dollars),
  LLM_BUDGET_MONTHLY_USD: optional(dollars),
});

/** One endpoint and model of the chain: LLM_BASE_URL's first, then LLM_FALLBACKS in order. */
export interface LlmEndpoint {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
}

export interface LlmSettings {
  /** Empty: no model; Diana answers from the pack's scripted replies. */
  chain: LlmEndpoint[];
  stream: boolean;
  firstTokenTimeoutMs: number;
  totalTimeoutMs: number;
  budgetDailyUsd: number | undefined;
  budgetMonthlyUsd: number | undefined;
}

export interface Config {
  telegramBotToken: string | undefined;
  telegramApiRoot: string;
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  adminTelegramIds: number[];
  contentDir: string;
  freeChannelId: number | undefined;
  vipChannelId: number | undefined;
  redisUrl: string | undefined;
  webhookUrl: string | undefined;
  logLevel: string;
  tzDefault: string;
  joinRequestDelaySeconds: number;
  /** SANDBOX=1: the sandbox may run on a real database or a non-loopback HOST. */
  sandboxAnywhere: boolean;
  metricsPort: number | undefined;
  metricsToken: string | undefined;
  /** Where traces go (OTLP); unset = no tracing, and the tracing SDK is not even loaded. */
  otlpEndpoint: string | undefined;
  /** Days that delivered events, sent announcements and finished jobs are kept. */
  retentionDays: number;
  /** Seconds between runs of the analytics rollup: how far the figures may trail the events. */
  analyticsEverySeconds: number;
  /** Where backups are written (`npm run backup` without --out, and the scheduled ones). */
  backupDir: string;
  /** Hours between scheduled backups; unset = no scheduled backups. */
  backupEveryHours: number | undefined;
  /** How many scheduled backups are kept (the oldest beyond go). */
  backupKeep: number;
  llm: LlmSettings;
  /** Origins allowed by CORS to call the admin API (empty: same origin only). */
  consoleOrigins: string[];
  /** Admin API requests per minute for one key (or one address without credentials). */
  apiRateLimit: number;
  /** Where people reach this server (the console's sign-in links point there); unset: the listening address. */
  publicUrl: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration. A command-line tool (`tool: true`: reconcile, migrations, backfills) never starts
 * the sandbox, so the sandbox's placement is checked only for the bot itself.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  { tool = false }: { tool?: boolean } = {},
): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      const shown = SECRET_VARIABLES.has(variable)
        ? variable
        : `${variable}=${JSON.stringify(env[variable] ?? '')}`;
      return `${shown} is invalid: expected ${issue.message}`;
    });
    throw new ConfigError(`Configuration error: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const sandboxAnywhere = e.SANDBOX === '1';
  if (!tool && !e.TELEGRAM_BOT_TOKEN && !sandboxAnywhere) {
    const where = [
      ...(e.DATABASE_URL ? ['on the database of DATABASE_URL'] : []),
      ...(isLoopback(e.HOST) ? [] : [`on HOST=${e.HOST}, which is not a loopback address`]),
    ];
    if (where.length > 0) {
      throw new ConfigError(
        `Configuration error: TELEGRAM_BOT_TOKEN is not set, so Diana would start the sandbox (where anyone acts as any user) ${where.join(' and ')}; set TELEGRAM_BOT_TOKEN, or SANDBOX=1 to run the sandbox there anyway`,
      );
    }
  }
  const llm = llmSettings(e, env);
  if (e.METRICS_PORT !== undefined && e.METRICS_PORT === e.PORT) {
    throw new ConfigError(
      `Configuration error: METRICS_PORT=${e.METRICS_PORT} is invalid: expected a port other than PORT`,
    );
  }
  return {
    telegramBotToken: e.TELEGRAM_BOT_TOKEN as string | undefined,
    telegramApiRoot: String(e.TELEGRAM_API_ROOT).replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL as string | undefined,
    dataDir: e.DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    adminTelegramIds: e.ADMIN_TELEGRAM_IDS,
    contentDir: e.CONTENT_DIR,
    freeChannelId: e.FREE_CHANNEL_ID as number | undefined,
    vipChannelId: e.VIP_CHANNEL_ID as number | undefined,
    redisUrl: e.REDIS_URL as string | undefined,
    webhookUrl: e.WEBHOOK_URL as string | undefined,
    logLevel: e.LOG_LEVEL,
    tzDefault: e.TZ_DEFAULT,
    joinRequestDelaySeconds: e.JOIN_REQUEST_DELAY_SECONDS,
    sandboxAnywhere,
    metricsPort: e.METRICS_PORT as number | undefined,
    metricsToken: e.METRICS_TOKEN as string | undefined,
    otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT as string | undefined,
    retentionDays: e.RETENTION_DAYS,
    backupDir: (e.BACKUP_DIR as string | undefined) ?? join(e.DATA_DIR, 'backups'),
    analyticsEverySeconds: e.ANALYTICS_EVERY_SECONDS,
    backupEveryHours: e.BACKUP_EVERY_HOURS as number | undefined,
    backupKeep: e.BACKUP_KEEP,
    llm,
    consoleOrigins: e.CONSOLE_ORIGINS,
    apiRateLimit: e.API_RATE_LIMIT,
    publicUrl: (e.PUBLIC_URL as string | undefined)?.replace(/\/+$/, ''),
  };
}

/** The model chain: LLM_BASE_URL with LLM_MODEL first, then each of LLM_FALLBACKS. */
function llmSettings(e: z.infer<typeof schema>, env: Record<string, string | undefined>): LlmSettings {
  const base = e.LLM_BASE_URL as string | undefined;
  const key = e.LLM_API_KEY as string | undefined;
  const model = e.LLM_MODEL as string | undefined;
  const fallbacks = e.LLM_FALLBACKS;
  if (!base && (model || fallbacks.some((f) => !f.includes('@')))) {
    throw new ConfigError(
      'Configuration error: LLM_BASE_URL is not set, but LLM_MODEL or LLM_FALLBACKS name a model for it; set LLM_BASE_URL (an OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1)',
    );
  }
  const chain: LlmEndpoint[] = [];
  if (base) chain.push({ baseUrl: trimSlash(base), apiKey: key, model: model ?? 'default' });
  for (const entry of fallbacks) {
    const [name = '', url, keyVariable] = splitFallback(entry);
    if (keyVariable && !env[keyVariable]) {
      throw new ConfigError(
        `Configuration error: LLM_FALLBACKS names ${keyVariable} for the key of "${name}", but ${keyVariable} is not set`,
      );
    }
    chain.push({
      baseUrl: trimSlash(url ?? base ?? ''),
      apiKey: keyVariable ? env[keyVariable] : url ? undefined : key,
      model: name,
    });
  }
  return {
    chain,
    stream: e.LLM_STREAM === '1',
    firstTokenTimeoutMs: e.LLM_FIRST_TOKEN_TIMEOUT_MS,
    totalTimeoutMs: e.LLM_TOTAL_TIMEOUT_MS,
    budgetDailyUsd: e.LLM_BUDGET_DAILY_USD as number | undefined,
    budgetMonthlyUsd: e.LLM_BUDGET_MONTHLY_USD as number | undefined,
  };
}

/** `model@https://host/v1@KEY` -> [model, url, KEY]; the URL itself has no @ (credentials go in variables). */
function splitFallback(entry: string): [string, string | undefined, string | undefined] {
  const [name = '', ...rest] = entry.split('@');
  return [name, rest[0], rest[1]];
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');
