// The sandbox on a phone and on a laptop, in a real (headless) Chromium: at 390×844 the page does not scroll
// sideways, the composer and its send button are on screen and the chat list collapses into a strip; at
// 1280×800 the list stays at the side. The page's own labels speak the visitor's language. Screenshots of both
// are saved under test-results/ (not committed).
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { type DianaProcess, killStartedProcesses, startProcess } from '../support/process.ts';

const SHOTS = join('test-results', 'sandbox');

describe('the sandbox on a phone and a laptop', () => {
  let diana: DianaProcess;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    diana = await startProcess({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-phone-')),
      JOIN_REQUEST_DELAY_SECONDS: '1',
    });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (diana?.child.exitCode === null) await diana.terminate();
    killStartedProcesses();
  });

  async function chat(page: Page, menuLabel = 'Continuar Historia') {
    await page.goto(`${diana.url}/sandbox`);
    await page.getByRole('button', { name: '/start', exact: true }).click();
    await page.locator('.message.bot').filter({ hasText: 'Lucien' }).first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: '/diana', exact: true }).click();
    await page.locator('.message.bot').filter({ hasText: menuLabel }).last().waitFor({ timeout: 15_000 });
  }

  const inView = async (page: Page, selector: string) => {
    const box = await page.locator(selector).boundingBox();
    const { width, height } = page.viewportSize()!;
    return (
      box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height
    );
  };

  it('fits a 390×844 phone: no sideways scroll, composer and send on screen, the chat list a strip', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'es-ES' });
    await chat(page);
    // Evaluated in the page (a string, since the page's globals are not this program's).
    const widths = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth })',
    )) as { scroll: number; body: number; view: number };
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    expect(widths.body).toBeLessThanOrEqual(widths.view);
    expect(await inView(page, '#text')).toBe(true);
    expect(await inView(page, '#send')).toBe(true);
    // A Spanish-speaking visitor reads the sandbox in Spanish.
    expect(await page.locator('#send').textContent()).toBe('Enviar');
    expect(await page.locator('#switch-user').textContent()).toBe('Usar esta cuenta');
    expect(await page.locator('#text').getAttribute('placeholder')).toContain('Escriba un mensaje');
    const list = await page.locator('#chat-list').boundingBox();
    expect(list!.width).toBeLessThanOrEqual(390);
    expect(list!.height).toBeLessThan(80);
    await page.screenshot({ path: join(SHOTS, 'phone-390x844.png') });

    // The demo channel starts with posts to react to: a newcomer joins and taps a reaction.
    await page.locator('.chat-entry', { hasText: 'Canal' }).click();
    await page.getByRole('button', { name: 'Solicitar unirse' }).click();
    await expect
      .poll(() => page.locator('#channel-status').textContent(), { timeout: 20_000 })
      .toBe('miembro ✓');
    const post = page.locator('.message.post', { hasText: 'Bienvenida al canal de Diana' });
    await post.waitFor({ timeout: 15_000 });
    expect(await post.locator('.inline-button').allTextContents()).toEqual(['🔥', '😈', '💋', '❤️']);
    await post.locator('.inline-button', { hasText: '🔥' }).click();
    await expect
      .poll(() => page.locator('#toast').textContent(), { timeout: 15_000 })
      .toMatch(/^\+2 besitos/);
    const scroll = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(scroll).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SHOTS, 'phone-390x844-channel.png') });
    await page.close();
  });

  it('keeps the chat list at the side on a 1280×800 laptop, in English for an English visitor', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await chat(page, 'Continue Story');
    expect(await page.locator('#send').textContent()).toBe('Send');
    expect(await page.locator('#new-user').textContent()).toBe('New visitor');
    const widths = (await page.evaluate(
      '({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })',
    )) as { scroll: number; view: number };
    expect(widths.scroll).toBeLessThanOrEqual(widths.view);
    expect(await inView(page, '#send')).toBe(true);
    const list = await page.locator('#chat-list').boundingBox();
    const pane = await page.locator('.pane').boundingBox();
    expect(list!.x + list!.width).toBeLessThanOrEqual(pane!.x + 1);
    await page.screenshot({ path: join(SHOTS, 'laptop-1280x800.png') });
    await page.close();
  });
});
