// Long polling that outlives Telegram's bad days. Updates of one chat run in order (sequentialize in bot.ts),
// different chats concurrently (grammY's runner). A 409 Conflict (another poller, or a webhook set elsewhere),
// a network failure or a 5xx is logged and retried with a growing pause, and polling resumes by itself when
// Telegram answers again; only a 401 (the token is wrong or revoked) ends it, through `onFatal`.
import { createConcurrentSink, createRunner, createSource, type RunnerHandle } from '@grammyjs/runner';
import type { Api, Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { BotContext } from './context.ts';
import { asGrammy, type GrammySignal, pause } from './retry.ts';
import { failureCode, type TelegramFailure, telegramFailure } from './telegram-errors.ts';

/** The runner's signal (grammY's AbortSignal type). */
type PollSignal = NonNullable<Parameters<Api['getUpdates']>[1]>;

/** How long one getUpdates waits for updates before answering empty. */
const LONG_POLL_SECONDS = 30;

export interface Backoff {
  firstMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { firstMs: 1000, maxMs: 30_000 };

/** The pause after the n-th failure in a row (1, 2, 4 ... seconds, at most maxMs). */
export function pauseAfter(failures: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.min(30, Math.max(0, failures - 1)));
}

/** Telegram refused the token: nothing will work until an operator changes TELEGRAM_BOT_TOKEN. */
export class TelegramUnauthorized extends Error {
  override name = 'TelegramUnauthorized';
  constructor() {
    super(
      'Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized): the token is wrong or was revoked; check it with @BotFather',
    );
  }
}

const WHY: Partial<Record<TelegramFailure, string>> = {
  conflict:
    'Telegram answered 409 Conflict: another instance is polling this bot, or a webhook is set for it; retrying',
  network: 'Telegram is unreachable; retrying',
  server: 'Telegram answered with a server error; retrying',
  rate_limited: 'Telegram asked to slow down (429); retrying',
};

export type PollingState = 'polling' | 'retrying' | 'stopped';

export interface PollingOptions {
  log: Logger;
  allowedUpdates: readonly string[];
  /** Called once when polling cannot go on (Telegram answered 401); it has stopped by then. */
  onFatal: (error: Error) => void;
  backoff?: Backoff;
}

export class Polling {
  private runner: RunnerHandle | undefined;
  private offset = 0;
  private failures = 0;
  private handling = 0;
  state: PollingState = 'stopped';

  constructor(
    private readonly bot: Bot<BotContext>,
    private readonly options: PollingOptions,
  ) {}

  start(): void {
    const { bot, options } = this;
    const source = createSource({ supply: (batch, signal) => this.fetch(batch, signal) });
    const sink = createConcurrentSink<Update>(
      {
        consume: async (update) => {
          this.handling++;
          try {
            await bot.handleUpdate(update);
          } finally {
            this.handling--;
          }
        },
      },
      async (error) => {
        try {
          await bot.errorHandler(error as never);
        } catch (err) {
          options.log.error({ err }, 'the error handler failed');
        }
      },
    );
    this.runner = createRunner(source, sink);
    this.state = 'polling';
    this.runner.start();
    // The runner's task only fails on what fetch() does not retry: a 401.
    this.runner.task()?.catch((error: unknown) => {
      this.state = 'stopped';
      if (telegramFailure(error) === 'unauthorized') {
        const unauthorized = new TelegramUnauthorized();
        options.log.fatal({ method: 'getUpdates', code: 401 }, unauthorized.message);
        options.onFatal(unauthorized);
      } else {
        options.log.fatal({ err: error }, 'polling stopped unexpectedly');
        options.onFatal(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** How many received updates are being handled (or wait for an earlier update of their chat). */
  get inFlight(): number {
    return this.handling;
  }

  /** Stops asking for updates (a pending long poll ends at once). */
  async stop(): Promise<void> {
    this.state = 'stopped';
    const runner = this.runner;
    this.runner = undefined;
    if (runner?.isRunning()) await runner.stop();
  }

  private async fetch(batchSize: number, signal: PollSignal): Promise<Update[]> {
    const { bot, options } = this;
    for (;;) {
      try {
        const updates = await bot.api.getUpdates(
          {
            offset: this.offset,
            limit: Math.max(1, Math.min(batchSize, 100)),
            timeout: LONG_POLL_SECONDS,
            allowed_updates: options.allowedUpdates as never,
          },
          signal,
        );
        if (this.failures > 0) {
          options.log.info({ failures: this.failures }, 'Telegram answers again: receiving updates');
          this.failures = 0;
        }
        this.state = 'polling';
        const last = updates.at(-1)?.update_id;
        if (last !== undefined) this.offset = last + 1;
        return updates;
      } catch (error) {
        if (signal.aborted) throw error;
        const kind = telegramFailure(error);
        if (kind === 'unauthorized') throw error;
        this.failures++;
        this.state = 'retrying';
        const retryAfter = (error as { parameters?: { retry_after?: number } }).parameters?.retry_after;
        const wait = Math.max(
          pauseAfter(this.failures, options.backoff ?? DEFAULT_BACKOFF),
          kind === 'rate_limited' && retryAfter ? retryAfter * 1000 : 0,
        );
        options.log.warn(
          {
            method: 'getUpdates',
            code: failureCode(error),
            failures: this.failures,
            retry_in_ms: wait,
            ...(kind ? {} : { err: error }),
          },
          (kind && WHY[kind]) ?? 'getUpdates failed; retrying',
        );
        await pause(wait, signal);
      }
    }
  }
}

/**
 * Runs one of the calls the start needs (getMe, deleteWebhook, setWebhook) until Telegram answers: while it is
 * unreachable the start says so at warn and tries again with a growing pause, until it answers or `signal`
 * says the process is stopping. A 401 ends the start with TelegramUnauthorized.
 */
export async function untilTelegramAnswers<T>(
  method: string,
  call: (signal: GrammySignal) => Promise<T>,
  options: { log: Logger; signal?: AbortSignal; backoff?: Backoff },
): Promise<T> {
  for (let failures = 1; ; failures++) {
    options.signal?.throwIfAborted();
    try {
      return await call(options.signal && asGrammy(options.signal));
    } catch (error) {
      options.signal?.throwIfAborted();
      const kind = telegramFailure(error);
      if (kind === 'unauthorized') throw new TelegramUnauthorized();
      if (kind !== 'network' && kind !== 'server' && kind !== 'rate_limited') throw error;
      const wait = pauseAfter(failures, options.backoff ?? DEFAULT_BACKOFF);
      options.log.warn(
        { method, code: failureCode(error), failures, retry_in_ms: wait },
        'Telegram does not answer yet; the bot starts as soon as it does (SIGTERM stops waiting)',
      );
      await pause(wait, options.signal);
    }
  }
}
