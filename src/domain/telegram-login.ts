// The Telegram Login Widget's proof: Telegram signs the fields it hands the browser with a key derived from the
// bot token (HMAC-SHA256 of the sorted "key=value" lines, keyed by SHA-256 of the token). A proof older than a
// day is refused, so a leaked one does not sign anyone in for ever.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const LOGIN_WIDGET_MAX_AGE_S = 86_400;

export type WidgetLogin = Record<string, string | number> & { id: number; auth_date: number; hash: string };

/** The Telegram id the widget's fields prove, or undefined when the hash is wrong or the proof too old. */
export function verifyWidgetLogin(login: WidgetLogin, botToken: string, now: Date): number | undefined {
  const { hash, ...fields } = login;
  const lines = Object.keys(fields)
    .sort()
    .map((key) => `${key}=${fields[key]}`)
    .join('\n');
  const secret = createHash('sha256').update(botToken).digest();
  const expected = createHmac('sha256', secret).update(lines).digest();
  const given = /^[0-9a-f]{64}$/.test(hash) ? Buffer.from(hash, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const age = now.getTime() / 1000 - Number(login.auth_date);
  if (!(age >= -60 && age <= LOGIN_WIDGET_MAX_AGE_S)) return undefined;
  return Number.isSafeInteger(login.id) ? login.id : undefined;
}
