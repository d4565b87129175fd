// Every call to Telegram is bounded: a few attempts within a total time, whatever goes wrong (no answer, 5xx,
// 429 with a short retry_after). Each failure is logged at warn with the method and the error code. When the
// process stops, waits between attempts end at once and calls in flight get a short grace, so a SIGTERM is never
// held up by an unreachable Telegram. Long polling (getUpdates) has its own loop (polling.ts).
import { setMaxListeners } from 'node:events';
import type { Transformer } from 'grammy';
import type { Logger } from 'pino';
import { failureCode, failureOf, telegramFailure } from './telegram-errors.ts';

export interface RetryPolicy {
  /** Attempts per call, the first included. */
  attempts: number;
  /** No call takes longer than this, attempts and waits included. */
  totalMs: number;
  /** The first wait after a failure; it doubles with each one. */
  backoffMs: number;
  /** A 429 asking to wait longer than this is not retried (the caller's own retry takes over). */
  maxRetryAfterSeconds: number;
  /** What calls in flight get to finish once the process stops. */
  graceMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  totalMs: 30_000,
  backoffMs: 1000,
  maxRetryAfterSeconds: 20,
  graceMs: 2000,
};

/** getUpdates waits up to its `timeout` for updates; it gets that long plus this before it counts as hung. */
const LONG_POLL_SLACK_MS = 15_000;

/** grammY types its signals with its AbortController polyfill; a native one works the same at run time. */
export type GrammySignal = Parameters<Transformer>[3];
export const asGrammy = (signal: AbortSignal) => signal as unknown as GrammySignal;

type Answer = {
  ok: boolean;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
};

export class TelegramRetry {
  private readonly stopping = new AbortController();
  private readonly grace = new AbortController();

  constructor(
    private readonly log: Logger,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
  ) {
    // Every call in flight listens to these (and stops listening when it ends): dozens at once under load are
    // expected, not a leak.
    setMaxListeners(0, this.stopping.signal, this.grace.signal);
  }

  /** The process is stopping: no more retries, and calls in flight are cut after the grace period. */
  stop(): void {
    if (this.stopping.signal.aborted) return;
    this.stopping.abort();
    setTimeout(() => this.grace.abort(), this.policy.graceMs).unref();
  }

  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    const policy = this.policy;
    if (method === 'getUpdates') {
      const pollMs = Number((payload as { timeout?: number }).timeout ?? 0) * 1000;
      const cut = this.attemptSignal(signal, pollMs + LONG_POLL_SLACK_MS);
      try {
        return await prev(method, payload, asGrammy(cut.signal));
      } finally {
        cut.dispose();
      }
    }
    const started = Date.now();
    let wait = policy.backoffMs;
    for (let attempt = 1; ; attempt++) {
      const left = policy.totalMs - (Date.now() - started);
      let answer: Answer | undefined;
      let thrown: unknown;
      const cut = this.attemptSignal(signal, left);
      try {
        answer = (await prev(method, payload, asGrammy(cut.signal))) as Answer;
        if (answer.ok) return answer as never;
      } catch (error) {
        thrown = error;
      } finally {
        cut.dispose();
      }
      const kind = thrown
        ? telegramFailure(thrown)
        : failureOf(answer!.error_code ?? 0, answer!.description ?? '');
      const retryAfter = answer?.parameters?.retry_after;
      let delay: number | undefined;
      if (kind === 'network' || kind === 'server') delay = wait;
      if (kind === 'rate_limited' && retryAfter !== undefined && retryAfter <= policy.maxRetryAfterSeconds)
        delay = retryAfter * 1000;
      if (kind === undefined || delay === undefined) {
        // Not Telegram's or not worth retrying (a 4xx is an answer): the caller decides what it means.
        if (thrown !== undefined) throw thrown;
        return answer as never;
      }
      const code = thrown ? failureCode(thrown) : answer!.error_code;
      const elapsed = Date.now() - started;
      const giveUp =
        attempt >= policy.attempts ||
        elapsed + delay >= policy.totalMs ||
        this.stopping.signal.aborted ||
        signal?.aborted;
      this.log.warn(
        { method, code, attempt, ...(giveUp ? {} : { retry_in_ms: delay }) },
        giveUp ? 'Telegram call failed; giving up' : 'Telegram call failed; retrying',
      );
      if (giveUp) {
        if (thrown !== undefined) throw thrown;
        return answer as never;
      }
      try {
        await pause(delay, signal, this.stopping.signal);
      } catch {
        if (thrown !== undefined) throw thrown;
        return answer as never;
      }
      wait *= 2;
    }
  };

  /** One attempt ends when the caller gives up, after `ms`, or when the grace after a stop is over. */
  private attemptSignal(signal: Abortable | undefined, ms: number): Linked {
    return linked(ms, signal, this.grace.signal);
  }
}

/** An AbortSignal, native or grammY's polyfill. */
export interface Abortable {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** Waits `ms`; rejects as soon as one of `signals` aborts. */
export async function pause(ms: number, ...signals: Array<Abortable | undefined>): Promise<void> {
  const cut = linked(undefined, ...signals);
  try {
    if (cut.signal.aborted) throw new Error('aborted');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      cut.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new Error('aborted'));
      });
    });
  } finally {
    cut.dispose();
  }
}

interface Linked {
  signal: AbortSignal;
  dispose(): void;
}

/**
 * A signal that aborts after `ms` (if given) or with any of `sources`. Listeners on the long-lived sources are
 * removed by `dispose`, so thousands of calls never pile up on them.
 */
export function linked(ms: number | undefined, ...sources: Array<Abortable | undefined>): Linked {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = ms === undefined ? undefined : setTimeout(abort, Math.max(1, ms));
  timer?.unref();
  const present = sources.filter((s): s is Abortable => s !== undefined);
  for (const source of present) {
    if (source.aborted) controller.abort();
    else source.addEventListener('abort', abort, { once: true });
  }
  return {
    signal: controller.signal,
    dispose: () => {
      clearTimeout(timer);
      for (const source of present) source.removeEventListener('abort', abort);
    },
  };
}
