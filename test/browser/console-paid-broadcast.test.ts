// A paid broadcast from the web console, in a real (headless) Chromium: ticking ⚡ Envío de pago shows what it
// costs in Stars for the audience, and the send button waits for a confirmation of its own; once sent, the
// broadcast is paid and its messages go out as paid.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { giveRole, signInFromTelegram } from '../support/console-roles.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const SHOTS = join('test-results', 'console');
const OPERATOR_ID = 7_500_001;

describe('a paid broadcast from the web console', () => {
  let t: TestDiana;
  let browser: Browser;
  let page: Page;
  let operator: TelegramClient;
  let adminKey: string;

  beforeAll(async () => {
    t = await startTestDiana();
    operator = t.client({ id: OPERATOR_ID, first_name: 'Olga' });
    await operator.send('/start');
    for (let i = 0; i < 10; i++) await t.client({ id: uniqueUserId() }).send('/start');
    adminKey = await giveRole(t, OPERATOR_ID, 'operator');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows the cost, waits for the confirmation, and sends it paid', async () => {
    page = await signInFromTelegram(browser, operator);
    await page.getByTestId('role').waitFor({ timeout: 20_000 });
    await page.goto(`${t.diana.url}/console/broadcasts`);
    await expect
      .poll(() => page.getByTestId('audience').textContent(), { timeout: 15_000 })
      .toBe('Audiencia: 11 personas');
    await page.getByLabel('Mensaje').fill('Estreno esta noche');
    const send = page.getByRole('button', { name: 'Enviar', exact: true });
    expect(await send.isEnabled()).toBe(true);

    await page.getByLabel('⚡ Envío de pago').check();
    const warning = page.getByRole('alert');
    await expect.poll(() => warning.textContent()).toContain('Coste: hasta 2 ⭐ para 11 personas.');
    expect(await warning.textContent()).toContain('cobra 0,1 ⭐ del saldo de Estrellas del bot');
    expect(await send.isEnabled()).toBe(false);
    const { scroll, view } = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
    )) as { scroll: number; view: number };
    expect(scroll).toBeLessThanOrEqual(view);
    await page.screenshot({ path: join(SHOTS, 'broadcasts-paid-390.png'), fullPage: true });

    await page.getByLabel('Entiendo que Telegram retirará').check();
    expect(await send.isEnabled()).toBe(true);
    await send.click();
    const row = page.locator('table[aria-label="broadcasts"] tr', { hasText: 'Estreno esta noche' });
    await row.waitFor({ timeout: 15_000 });

    const listed = await fetch(`${t.diana.url}/api/v1/broadcasts?limit=1`, {
      headers: { authorization: `Bearer ${adminKey}` },
    });
    const [broadcast] = ((await listed.json()) as { items: unknown[] }).items;
    expect(broadcast).toMatchObject({ text: 'Estreno esta noche', paid: true, counts: { audience: 11 } });
    const paidBefore = t.emulator.paidMessages;
    await t.diana.broadcasts.drain();
    expect(t.emulator.paidMessages - paidBefore).toBe(11);
  }, 90_000);
});
