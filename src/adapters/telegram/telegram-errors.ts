// What a failed call to Telegram means, decided in one place: callers ask for the kind of failure, never match
// the text of Telegram's answer themselves (its wording is the only signal for some refusals, so it lives here).
import { GrammyError, HttpError } from 'grammy';

export type TelegramFailure =
  /** The person blocked the bot, deleted their account or the chat, or never opened it. */
  | 'unreachable_user'
  /** An edit that changes nothing. */
  | 'not_modified'
  /** The message to edit is gone or can no longer be edited. */
  | 'message_gone'
  /** Approving a join request of someone who is already a member. */
  | 'already_participant'
  /** The join request was withdrawn (or already declined) before the bot answered it. */
  | 'join_request_missing'
  /** Removing (banning) someone who administers the chat. */
  | 'user_is_administrator'
  /** Answering a button tap too late (an update attempted again minutes after it came). */
  | 'query_expired'
  /** An invitation link that expired or that Telegram no longer knows. */
  | 'invite_hash_expired'
  /** A Stars refund of a charge that was already refunded. */
  | 'already_refunded'
  /** 409: another poller, or a webhook, is using the bot's updates. */
  | 'conflict'
  /** 401: the token is wrong or was revoked. */
  | 'unauthorized'
  /** 429: too many requests; `retry_after` says for how long. */
  | 'rate_limited'
  /** 5xx: Telegram's side failed. */
  | 'server'
  /** No answer at all: connection refused or dropped, DNS, timeout. */
  | 'network'
  /** Any other 4xx. */
  | 'bad_request';

const SAID: ReadonlyArray<[TelegramFailure, RegExp]> = [
  ['not_modified', /message is not modified/i],
  ['message_gone', /message to edit not found|message can't be edited|message to delete not found/i],
  ['already_participant', /USER_ALREADY_PARTICIPANT/],
  ['join_request_missing', /HIDE_REQUESTER_MISSING|USER_ID_INVALID/],
  ['invite_hash_expired', /INVITE_HASH_EXPIRED|INVITE_HASH_INVALID/],
  ['already_refunded', /CHARGE_ALREADY_REFUNDED/],
  ['user_is_administrator', /user is an administrator|USER_ADMIN_INVALID/i],
  ['query_expired', /query is too old|query ID is invalid/i],
  ['unreachable_user', /chat not found|user is deactivated|bot was blocked/i],
];

/** The kind of a failure from grammY's Api, or undefined when the error did not come from a call to Telegram. */
export function telegramFailure(error: unknown): TelegramFailure | undefined {
  if (error instanceof HttpError) return 'network';
  if (!(error instanceof GrammyError)) return undefined;
  return failureOf(error.error_code, error.description);
}

/** The same decision from a raw Bot API answer (`{ ok: false, error_code, description }`). */
export function failureOf(code: number, description: string): TelegramFailure {
  if (code === 401) return 'unauthorized';
  if (code === 409) return 'conflict';
  if (code === 429) return 'rate_limited';
  if (code >= 500) return 'server';
  if (code === 403) return 'unreachable_user';
  for (const [kind, pattern] of SAID) if (pattern.test(description)) return kind;
  return 'bad_request';
}

export function isTelegramFailure(error: unknown, ...kinds: TelegramFailure[]): boolean {
  const kind = telegramFailure(error);
  return kind !== undefined && kinds.includes(kind);
}

/** A short code for logs: Telegram's error code, or the network's (ECONNREFUSED, ETIMEDOUT, ...). */
export function failureCode(error: unknown): string | number | undefined {
  if (error instanceof GrammyError) return error.error_code;
  if (error instanceof HttpError) return networkCode(error.error);
  return undefined;
}

function networkCode(cause: unknown): string {
  let current: unknown = cause;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { code, name } = current as { code?: unknown; name?: unknown };
    if (typeof code === 'string') return code;
    if (name === 'AbortError' || name === 'TimeoutError') return 'ETIMEDOUT';
    current = (current as { cause?: unknown }).cause;
  }
  return cause instanceof Error && /timed out/.test(cause.message) ? 'ETIMEDOUT' : 'ENETWORK';
}
