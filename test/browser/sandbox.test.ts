// The acceptance of the sandbox, as a person sees it: `npm start` with no configuration, the page loads in a
// real (headless) Chromium, /start gets Lucien's greeting, /diana shows seven buttons, and a tap edits the
// menu message in place. Then the channels and VIP by hand: ask to join the free channel, get in after the
// wait, tap a reaction button and react natively under an admin's post, buy VIP with fake Stars and enter the
// VIP channel through the invitation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { HOME_MENU_ES } from '../support/menus.ts';
import { type DianaProcess, killStartedProcesses, startProcess } from '../support/process.ts';
import { SandboxClient } from '../support/sandbox-client.ts';

const ADMIN = { id: 424_242, first_name: 'Lucía', language_code: 'es' };

describe('the sandbox in a browser', () => {
  let diana: DianaProcess;
  let browser: Browser;

  beforeAll(async () => {
    diana = await startProcess({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-browser-')),
      ADMIN_TELEGRAM_IDS: String(ADMIN.id),
      JOIN_REQUEST_DELAY_SECONDS: '1',
    });
    browser = await launchChromium();
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
    // Lucien asks how to address the visitor; once answered, the greeting keeps no buttons.
    await greeting.first().getByRole('button', { name: '🎩 Sin tratamiento' }).click();
    await expect.poll(() => greeting.first().locator('.inline-button').count(), { timeout: 15_000 }).toBe(0);

    await page.getByRole('button', { name: '/diana', exact: true }).click();
    const menu = page
      .locator('.message.bot')
      .filter({ has: page.locator('.inline-button') })
      .filter({ hasText: 'Lucien le recibe' })
      .last();
    await menu.waitFor({ timeout: 15_000 });
    const labels = await menu.locator('.inline-button').allTextContents();
    expect(labels).toEqual(HOME_MENU_ES);
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

  it('shares a location from the 📍 key of the time-zone screen', async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      permissions: ['geolocation'],
      geolocation: { latitude: 40.4168, longitude: -3.7038 },
    });
    const page = await context.newPage();
    await page.goto(`${diana.url}/sandbox`);
    await page.getByRole('button', { name: '/start', exact: true }).click();
    await page.locator('.message.bot').filter({ hasText: 'Lucien' }).first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '/diana', exact: true }).click();
    const menu = page
      .locator('.message.bot')
      .filter({ has: page.locator('.inline-button') })
      .last();
    await menu.getByRole('button', { name: '⚙️ Settings' }).click();
    await menu.getByRole('button', { name: /🕰️ Time zone/ }).click();
    await menu.getByRole('button', { name: '📍 By my location' }).click();
    const share = page.locator('#reply-keys').getByRole('button', { name: '📍 Share location' });
    await share.click({ timeout: 15_000 });
    await page
      .locator('.message.bot')
      .filter({ hasText: 'Understood: Madrid · UTC+1' })
      .waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#reply-keys').isHidden()).toBe(true);
    await expect
      .poll(() => page.locator('.message.me').last().textContent())
      .toContain('📍 40.4168, -3.7038');
    await context.close();
  }, 60_000);

  it('joins the free channel, reacts to a post, buys VIP with Stars and enters the VIP channel', async () => {
    // An admin publishes a post to the free channel (through the web chat's API, as the page does).
    const admin = await new SandboxClient(diana.url, ADMIN).join();
    await admin.send('/start');
    await admin.send('/admin', { menu: true });
    await admin.press('Canales');
    await admin.press('Publicar en el canal gratuito');
    await admin.send('Esta noche, el salón rojo.', { menu: true });
    await admin.press('Publicar');

    const page = await browser.newPage({ locale: 'es-ES' });
    await page.goto(`${diana.url}/sandbox`);
    await page.getByRole('button', { name: '/start', exact: true }).click();
    await page.locator('.message.bot').filter({ hasText: 'Lucien' }).first().waitFor({ timeout: 15_000 });

    await page.locator('.chat-entry', { hasText: 'Diana 🌹 Canal' }).click();
    await page.getByRole('button', { name: 'Solicitar unirse' }).click();
    await expect
      .poll(() => page.locator('#channel-status').textContent(), { timeout: 20_000 })
      .toBe('miembro ✓');

    const post = page.locator('.message.post', { hasText: 'Esta noche, el salón rojo.' });
    await post.locator('.inline-button', { hasText: '🔥' }).click();
    await expect
      .poll(() => page.locator('#toast').textContent(), { timeout: 15_000 })
      .toMatch(/^\+2 besitos/);
    await post.locator('.reaction', { hasText: '💋' }).click();
    await expect.poll(() => post.locator('.reaction.mine').textContent(), { timeout: 15_000 }).toBe('💋 1');
    // The counters under the post are redrawn once the refresh window closes.
    await expect
      .poll(() => post.locator('.inline-button').first().textContent(), { timeout: 20_000 })
      .toBe('🔥 1');
    await page.screenshot({ path: join(tmpdir(), 'diana-sandbox-free-channel.png') });

    await page.locator('.chat-entry[data-chat="bot"]').click();
    await page.getByRole('button', { name: '/diana', exact: true }).click();
    const menu = page
      .locator('.message.bot')
      .filter({ has: page.locator('.inline-button') })
      .last();
    await menu.getByRole('button', { name: '💎 VIP' }).click();
    await menu.getByRole('button', { name: '💎 VIP · 30 noches · 250 ⭐' }).click();
    await page.getByRole('button', { name: 'Pagar ⭐ 250' }).click();
    await page.locator('.message.bot', { hasText: 'Pago recibido' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#stars').textContent()).toBe('⭐ 2250');
    const enter = page.getByRole('button', { name: '🚪 Entrar al canal VIP' }).last();
    await enter.waitFor({ timeout: 20_000 });
    await enter.click();
    await expect
      .poll(() => page.locator('#channel-title').textContent(), { timeout: 15_000 })
      .toBe('Diana 💎 VIP');
    await expect.poll(() => page.locator('#channel-status').textContent()).toBe('miembro ✓');
    await page.screenshot({ path: join(tmpdir(), 'diana-sandbox-channels.png') });
  }, 120_000);
});
