// /admin → 🖥️ Consola, as an admin does it in Telegram: the bot sends a one-time link; opening it signs the
// browser in (httpOnly refresh cookie), the cookie gives an access token, and the token reaches the API as that
// admin. The link works once. With an operator's API key from the same server, a grant is paid once per
// Idempotency-Key; a viewer key gets 403, no key 401. Someone an admin gave a role asks /consola (or /console)
// for the same link; someone without a role gets the answer of an unknown command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { createApiKey } from '../../src/app/access/api-keys.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_100_001;
const LINK = /(http:\/\/\S+\/api\/v1\/session\/login\?token=[\w-]+)/;

/** Opens a sign-in link and returns the role its session holds. */
async function roleFromLink(url: string, link: string): Promise<string> {
  const opened = await fetch(link, { redirect: 'manual' });
  expect(opened.status).toBe(303);
  const cookie = /diana_refresh=[\w-]+/.exec(opened.headers.get('set-cookie') ?? '')?.[0];
  const session = await fetch(`${url}/api/v1/session/refresh`, {
    method: 'POST',
    headers: { cookie: cookie! },
  });
  expect(session.status).toBe(200);
  return ((await session.json()) as { role: string }).role;
}

describe('console sign-in from /admin', () => {
  let t: TestDiana;
  let admin: TelegramClient;
  beforeAll(async () => {
    t = await startTestDiana({ env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
  });
  afterAll(() => t?.stop());

  it('sends a one-time link that opens the console signed in as the admin', async () => {
    const screen = await admin.press('Consola', await admin.send('/admin'));
    const text = admin.text(screen.message);
    expect(text).toContain('Sirve una sola vez');
    const link = /(http:\/\/\S+\/api\/v1\/session\/login\?token=[\w-]+)/.exec(text)?.[1];
    expect(link).toBeDefined();

    const opened = await fetch(link!, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/console/');
    const cookie = /diana_refresh=[\w-]+/.exec(opened.headers.get('set-cookie') ?? '')?.[0];
    expect(cookie).toBeDefined();
    expect((await fetch(link!, { redirect: 'manual' })).status).toBe(401);

    const session = await fetch(`${t.diana.url}/api/v1/session/refresh`, {
      method: 'POST',
      headers: { cookie: cookie! },
    });
    expect(session.status).toBe(200);
    const { accessToken, role } = (await session.json()) as { accessToken: string; role: string };
    expect(role).toBe('admin');
    const me = await fetch(`${t.diana.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(await me.json()).toMatchObject({ kind: 'person', telegramId: ADMIN_ID, role: 'admin' });
  });

  it('an operator key grants 10 besitos once per Idempotency-Key; a viewer key gets 403; no key 401', async () => {
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana' });
    await ana.send('/start');
    const before = (await findUser(t.diana.app.db, ana.id))!.balance;
    const operator = (
      await createApiKey(t.diana.app, { name: 'support', role: 'operator', createdBy: 'test' })
    ).key;
    const viewer = (await createApiKey(t.diana.app, { name: 'watcher', role: 'viewer', createdBy: 'test' }))
      .key;
    const grant = (key?: string) =>
      fetch(`${t.diana.url}/api/v1/users/${ana.id}/besitos`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'e2e-grant-1',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        },
        body: JSON.stringify({ amount: 10, reason: 'compensación por el fallo' }),
      });
    const first = await grant(operator);
    expect(first.status).toBe(200);
    const answer = await first.json();
    const again = await grant(operator);
    expect(await again.json()).toEqual(answer);
    expect((await findUser(t.diana.app.db, ana.id))!.balance).toBe(before + 10);
    const forbidden = await grant(viewer);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
    expect((await grant()).status).toBe(401);
    expect((await findUser(t.diana.app.db, ana.id))!.balance).toBe(before + 10);
  });

  it('/consola sends a viewer a link that signs in as a viewer, in Spanish and in English', async () => {
    const admin = (await createApiKey(t.diana.app, { name: 'owner', role: 'admin', createdBy: 'test' })).key;
    const give = (id: number) =>
      fetch(`${t.diana.url}/api/v1/roles/${id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'viewer' }),
      });
    const ines = t.client({ id: uniqueUserId(), first_name: 'Inés' });
    const john = t.client({ id: uniqueUserId(), first_name: 'John', language_code: 'en' });
    for (const person of [ines, john]) {
      await person.send('/start');
      expect((await give(person.id)).status).toBe(200);
    }
    const es = ines.text(await ines.send('/consola'));
    expect(es).toContain('Sirve una sola vez');
    expect(await roleFromLink(t.diana.url, LINK.exec(es)![1]!)).toBe('viewer');
    const en = john.text(await john.send('/console'));
    expect(en).toContain('works once');
    expect(await roleFromLink(t.diana.url, LINK.exec(en)![1]!)).toBe('viewer');
  });

  it('/consola answers someone without a role as an unknown command, and sends an admin a link', async () => {
    const ana = t.client({ id: uniqueUserId(), first_name: 'Ana' });
    await ana.send('/start');
    const unknown = ana.text(await ana.send('/nosuchthing'));
    expect(ana.text(await ana.send('/consola'))).toBe(unknown);
    expect(ana.text(await ana.send('/console'))).toBe(unknown);
    expect(await roleFromLink(t.diana.url, LINK.exec(admin.text(await admin.send('/consola')))![1]!)).toBe(
      'admin',
    );
  });
});
