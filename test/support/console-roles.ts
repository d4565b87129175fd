// A Telegram person in the web console: an admin (through the API, with a key of its own) gives them a role,
// and they open the one-time sign-in link the bot answers /consola with.
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApiKey } from '../../src/app/access/api-keys.ts';
import type { Role } from '../../src/domain/access.ts';
import type { TestDiana } from './harness.ts';
import type { TelegramClient } from './telegram-client.ts';

/** Gives `telegramId` the role; the admin key that gave it. */
export async function giveRole(t: TestDiana, telegramId: number, role: Role): Promise<string> {
  const adminKey = (await createApiKey(t.diana.app, { name: 'owner', role: 'admin', createdBy: 'test' })).key;
  const given = await fetch(`${t.diana.url}/api/v1/roles/${telegramId}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role }),
  });
  expect(given.status).toBe(200);
  return adminKey;
}

/** Asks the bot for the sign-in link and opens it on a phone-sized page. */
export async function signInFromTelegram(browser: Browser, person: TelegramClient): Promise<Page> {
  const answer = person.text(await person.send('/consola'));
  const link = /(http:\/\/\S+\/api\/v1\/session\/login\?token=[\w-]+)/.exec(answer)?.[1];
  expect(link).toBeDefined();
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'es-ES' });
  await page.goto(link!);
  return page;
}
