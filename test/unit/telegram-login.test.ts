// The Telegram Login Widget's proof is checked with the bot token: a changed field, another bot's token or a
// proof older than a day is refused.
import { describe, expect, it } from 'vitest';
import { verifyWidgetLogin } from '../../src/domain/telegram-login.ts';
import { signedWidgetLogin } from '../support/telegram-login.ts';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';

describe('Telegram Login Widget proof', () => {
  const now = new Date('2026-11-29T20:00:00Z');
  const authDate = Math.floor(now.getTime() / 1000) - 60;
  const login = signedWidgetLogin(
    { id: 777, first_name: 'Lucía', username: 'lucia', auth_date: authDate },
    TOKEN,
  );

  it('accepts what Telegram signed, for its person', () => {
    expect(verifyWidgetLogin(login, TOKEN, now)).toBe(777);
  });

  it('refuses a changed field, another bot, a malformed hash, and a proof older than a day', () => {
    expect(verifyWidgetLogin({ ...login, id: 778 }, TOKEN, now)).toBeUndefined();
    expect(verifyWidgetLogin(login, '999:ZZZZZZZZZZZZZZZZZZZZZZZZZZZZ', now)).toBeUndefined();
    expect(verifyWidgetLogin({ ...login, hash: 'zz' }, TOKEN, now)).toBeUndefined();
    expect(verifyWidgetLogin(login, TOKEN, new Date(now.getTime() + 2 * 86_400_000))).toBeUndefined();
  });
});
