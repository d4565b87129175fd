// Calls to Telegram: what a failure means is decided in one place (telegram-errors.ts), and every call is
// bounded in attempts and time, whatever goes wrong, with each failure logged at warn (retry.ts).
import { EventEmitter } from 'node:events';
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it, vi } from 'vitest';
import { TelegramRetry } from '../../src/adapters/telegram/retry.ts';
import { failureCode, telegramFailure } from '../../src/adapters/telegram/telegram-errors.ts';
import { guardProcess } from '../../src/process-guards.ts';
import { capturedLogs as logs } from '../support/logs.ts';

const said = (code: number, description: string) =>
  new GrammyError('failed', { ok: false, error_code: code, description }, 'someMethod', {});
const unreachable = () =>
  new HttpError(
    "Network request for 'sendMessage' failed!",
    Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
  );

describe('what a failure from Telegram means', () => {
  it.each([
    [said(403, 'Forbidden: bot was blocked by the user'), 'unreachable_user'],
    [said(400, 'Bad Request: chat not found'), 'unreachable_user'],
    [
      said(400, 'Bad Request: message is not modified: specified new message content is the same'),
      'not_modified',
    ],
    [said(400, 'Bad Request: message to edit not found'), 'message_gone'],
    [said(400, "Bad Request: message can't be edited"), 'message_gone'],
    [said(400, 'Bad Request: USER_ALREADY_PARTICIPANT'), 'already_participant'],
    [said(400, 'Bad Request: HIDE_REQUESTER_MISSING'), 'join_request_missing'],
    [said(400, 'Bad Request: INVITE_HASH_EXPIRED'), 'invite_hash_expired'],
    [said(400, 'Bad Request: CHARGE_ALREADY_REFUNDED'), 'already_refunded'],
    [said(409, 'Conflict: terminated by other getUpdates request'), 'conflict'],
    [said(401, 'Unauthorized'), 'unauthorized'],
    [said(429, 'Too Many Requests: retry after 5'), 'rate_limited'],
    [said(502, 'Bad Gateway'), 'server'],
    [said(400, 'Bad Request: message text is empty'), 'bad_request'],
    [unreachable(), 'network'],
    [new Error('a bug'), undefined],
  ])('%s is %s', (error, kind) => {
    expect(telegramFailure(error)).toBe(kind);
  });

  it('names the code for logs: Telegram’s, or the network’s', () => {
    expect(failureCode(said(409, 'Conflict'))).toBe(409);
    expect(failureCode(unreachable())).toBe('ECONNREFUSED');
    expect(failureCode(new HttpError('x', Object.assign(new Error('t'), { name: 'AbortError' })))).toBe(
      'ETIMEDOUT',
    );
  });
});

describe('every call to Telegram is bounded', () => {
  const policy = { attempts: 4, totalMs: 2000, backoffMs: 10, maxRetryAfterSeconds: 1, graceMs: 50 };
  type Prev = Parameters<TelegramRetry['transformer']>[0];
  const call = (retry: TelegramRetry, prev: (...args: never[]) => Promise<unknown>, method = 'sendMessage') =>
    retry.transformer(
      prev as unknown as Prev,
      method as never,
      { chat_id: 1, text: 'hola' } as never,
      undefined,
    );

  it('gives up on an unreachable Telegram after a few attempts, logging each at warn with the method and code', async () => {
    const { log, lines } = logs();
    const prev = vi.fn(async () => {
      throw unreachable();
    });
    await expect(call(new TelegramRetry(log, policy), prev)).rejects.toBeInstanceOf(HttpError);
    expect(prev).toHaveBeenCalledTimes(4);
    expect(lines).toHaveLength(4);
    expect(
      lines.every((l) => l.level === 40 && l.method === 'sendMessage' && l.code === 'ECONNREFUSED'),
    ).toBe(true);
    expect(lines.at(-1)?.msg).toBe('Telegram call failed; giving up');
  });

  it('never takes longer than its total time, however many attempts are left', async () => {
    const { log } = logs();
    const prev = vi.fn(async () => {
      throw unreachable();
    });
    const started = Date.now();
    const bounded = new TelegramRetry(log, { ...policy, attempts: 100, backoffMs: 100, totalMs: 500 });
    await expect(call(bounded, prev)).rejects.toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(prev.mock.calls.length).toBeLessThanOrEqual(4);
  });

  it('cuts an attempt that hangs when the total time is over', async () => {
    const { log } = logs();
    const prev = vi.fn(
      (_method: unknown, _payload: unknown, signal: AbortSignal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(new HttpError('aborted', new Error('aborted')))),
        ),
    );
    const started = Date.now();
    await expect(call(new TelegramRetry(log, { ...policy, totalMs: 300 }), prev)).rejects.toBeInstanceOf(
      HttpError,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('retries a 5xx and a short 429, and hands a long 429 or a 4xx back at once', async () => {
    const { log, lines } = logs();
    const answers = [
      { ok: false, error_code: 502, description: 'Bad Gateway' },
      { ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: 0 } },
      { ok: true, result: { message_id: 1 } },
    ];
    const prev = vi.fn(async () => answers.shift());
    expect(await call(new TelegramRetry(log, policy), prev)).toEqual({ ok: true, result: { message_id: 1 } });
    expect(prev).toHaveBeenCalledTimes(3);
    expect(lines.map((l) => l.code)).toEqual([502, 429]);

    const long = {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests',
      parameters: { retry_after: 60 },
    };
    const once = vi.fn(async () => long);
    expect(await call(new TelegramRetry(log, policy), once)).toBe(long);
    expect(once).toHaveBeenCalledTimes(1);

    const blocked = { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' };
    const refused = vi.fn(async () => blocked);
    expect(await call(new TelegramRetry(log, policy), refused)).toBe(blocked);
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('stops waiting between attempts the moment the process stops', async () => {
    const { log } = logs();
    const retry = new TelegramRetry(log, { ...policy, backoffMs: 60_000, totalMs: 120_000 });
    const prev = vi.fn(async () => {
      throw unreachable();
    });
    const started = Date.now();
    const pending = call(retry, prev);
    setTimeout(() => retry.stop(), 50);
    await expect(pending).rejects.toBeInstanceOf(HttpError);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(prev).toHaveBeenCalledTimes(1);
  });

  it('leaves long polling to its own loop', async () => {
    const { log } = logs();
    const prev = vi.fn(async () => {
      throw unreachable();
    });
    await expect(call(new TelegramRetry(log, policy), prev, 'getUpdates')).rejects.toBeInstanceOf(HttpError);
    expect(prev).toHaveBeenCalledTimes(1);
  });
});

describe('an error nobody caught', () => {
  it.each([
    ['unhandledRejection', new Error('lost promise')],
    ['uncaughtException', new Error('thrown in a timer')],
  ])('(%s) is logged through pino and stops the process gracefully with exit code 1', (event, error) => {
    const { log, lines } = logs();
    const proc = new EventEmitter();
    const stop = vi.fn();
    guardProcess(proc as never, log, stop);
    proc.emit(event, error);
    expect(stop).toHaveBeenCalledWith(event, 1);
    expect(lines[0]).toMatchObject({ level: 60, err: { message: error.message } });
  });
});
