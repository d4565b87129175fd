// Widget fields signed as Telegram signs them for a bot token.
import { createHash, createHmac } from 'node:crypto';
import type { WidgetLogin } from '../../src/domain/telegram-login.ts';

export function signedWidgetLogin(fields: Record<string, string | number>, token: string): WidgetLogin {
  const lines = Object.keys(fields)
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('\n');
  const hash = createHmac('sha256', createHash('sha256').update(token).digest()).update(lines).digest('hex');
  return { ...fields, hash } as WidgetLogin;
}
