// A viewer in the web console, in a real (headless) Chromium: an admin gives a Telegram person the viewer role,
// the person asks the bot /consola for a one-time sign-in link and opens it, and the console shows them the figures and lists with no write
// button and no screen above their role; a write route called anyway answers 403.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { giveRole, signInFromTelegram } from '../support/console-roles.ts';
import { startTestDiana, type TestDiana } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const SHOTS = join('test-results', 'console');
const VIEWER_ID = 7_400_001;

describe('the web console for a viewer', () => {
  let t: TestDiana;
  let browser: Browser;
  let page: Page;
  let viewer: TelegramClient;

  beforeAll(async () => {
    t = await startTestDiana();
    viewer = t.client({ id: VIEWER_ID, first_name: 'Inés' });
    await viewer.send('/start');
    await giveRole(t, VIEWER_ID, 'viewer');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('signs in as a viewer and sees no write button on any screen', async () => {
    page = await signInFromTelegram(browser, viewer);
    await expect.poll(() => page.getByTestId('role').textContent(), { timeout: 20_000 }).toBe('Rol: viewer');

    await page.getByRole('button', { name: 'Menu' }).click();
    const screens = await page.locator('nav a').allTextContents();
    expect(screens).toContain('Personas');
    expect(screens).not.toContain('Operaciones');
    expect(screens).not.toContain('Ajustes');
    await page.getByRole('button', { name: 'Menu' }).click();

    const noButton = async (screen: string, labels: string[]) => {
      await page.goto(`${t.diana.url}/console/${screen}`);
      await page.getByTestId('role').waitFor({ timeout: 20_000 });
      await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 15_000 }).toBe(0);
      for (const label of labels) expect(await page.getByRole('button', { name: label }).count()).toBe(0);
      await page.screenshot({ path: join(SHOTS, `viewer-${screen}-390.png`), fullPage: true });
    };
    await noButton('people', []);
    await page.getByLabel('Buscar por id, @usuario o nombre').fill('Inés');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.locator('table[aria-label="people"] tr', { hasText: String(VIEWER_ID) }).click();
    await page.getByTestId('card-balance').waitFor();
    for (const label of ['Abonar', 'Retirar', 'Conceder o ampliar VIP'])
      expect(await page.getByRole('button', { name: label }).count()).toBe(0);
    await noButton('vip', ['Crear token']);
    await noButton('channels', ['Preparar borrador']);
    await noButton('broadcasts', ['Enviar']);
  }, 90_000);

  it('gets 403 from a write route called with its own token', async () => {
    const status = await page.evaluate(`(async () => {
      const session = await (await fetch('/api/v1/session/refresh', { method: 'POST' })).json();
      const res = await fetch('/api/v1/users/${VIEWER_ID}/besitos', {
        method: 'POST',
        headers: {
          authorization: 'Bearer ' + session.accessToken,
          'content-type': 'application/json',
          'idempotency-key': 'viewer-try-1',
        },
        body: JSON.stringify({ amount: 10, reason: 'por probar' }),
      });
      return res.status;
    })()`);
    expect(status).toBe(403);
  }, 30_000);
});
