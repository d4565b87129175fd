// The acceptance of the sandbox, as a person sees it: `npm start` with no configuration, the page loads in a
// real (headless) Chromium, /start gets Lucien's greeting, /diana shows six buttons, and a tap edits the
// menu message in place.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DianaProcess, killStartedProcesses, startProcess } from '../support/process.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the sandbox in a browser', () => {
  let diana: DianaProcess;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is needed at ${CHROMIUM} (apt-get install chromium)`);
    diana = await startProcess({ DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-browser-')) });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-quic',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (diana?.child.exitCode === null) await diana.terminate();
    killStartedProcesses();
  });

  it('plays /start, /diana and a tap that edits the menu', async () => {
    const page = await browser.newPage({ locale: 'es-ES' });
    await page.goto(`${diana.url}/sandbox`);
    await expect(page.title()).resolves.toContain('Diana');

    await page.getByRole('button', { name: '/start', exact: true }).click();
    const greeting = page.locator('.message.bot').filter({ hasText: 'Lucien' });
    await greeting.first().waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: '/diana', exact: true }).click();
    const menu = page
      .locator('.message.bot')
      .filter({ has: page.locator('.inline-button') })
      .last();
    await menu.waitFor({ timeout: 15_000 });
    const labels = await menu.locator('.inline-button').allTextContents();
    expect(labels).toEqual([
      '💋 Continuar Historia',
      '🌟 Mis Besitos',
      '🎯 Misiones',
      '🏆 Logros',
      '💎 VIP',
      '⚙️ Configuración',
    ]);
    const menuId = await menu.getAttribute('data-id');

    await menu.getByRole('button', { name: '🌟 Mis Besitos' }).click();
    const edited = page.locator(`.message.bot[data-id="${menuId}"]`);
    await expect
      .poll(() => edited.textContent(), { timeout: 15_000 })
      .toMatch(/💋 \d+ besitos[\s\S]*\+20 · Bienvenida/);
    await expect.poll(() => edited.getAttribute('class')).toContain('edited');
    // The tap edited the menu in place: still one message with buttons (Lucien's announcements have none).
    expect(
      await page
        .locator('.message.bot')
        .filter({ has: page.locator('.inline-button') })
        .count(),
    ).toBe(1);
    await page.screenshot({ path: join(tmpdir(), 'diana-sandbox.png') });
  }, 60_000);
});
