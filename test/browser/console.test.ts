// The web console in a real (headless) Chromium, signed in the way a creator does it: /admin → 🖥️ Consola in
// the sandbox bot gives a one-time link, and opening it lands in the console signed in. Every screen opens at
// 1280 px and at 390 px without sideways scroll (screenshots under test-results/console/, not committed); a
// grant of besitos changes the person's balance in the console and in the bot; a token is made and revoked; a
// Stars payment made in the sandbox is refunded, with its VIP; every analytics view shows those figures (the
// story map too) and saves them as CSV; a channel post is drafted and published; an API refusal shows as a
// problem; the labels switch to English.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { type DianaProcess, killStartedProcesses, startProcess } from '../support/process.ts';
import { SandboxClient } from '../support/sandbox-client.ts';

const SHOTS = join('test-results', 'console');
const ADMIN = { id: 7_300_001, first_name: 'Lucía', language_code: 'es' };
const PERSON = { id: 7_300_002, first_name: 'Rocío', language_code: 'es' };

const SCREENS = [
  ['overview', 'Resumen'],
  ['people', 'Personas'],
  ['vip', 'VIP'],
  ['channels', 'Canales'],
  ['broadcasts', 'Comunicados'],
  ['analytics', 'Analítica'],
  ['audit', 'Auditoría'],
  ['operations', 'Operaciones'],
  ['settings', 'Ajustes'],
] as const;

describe('the web console', () => {
  let diana: DianaProcess;
  let browser: Browser;
  let page: Page;
  let person: SandboxClient;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    diana = await startProcess({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-console-')),
      ADMIN_TELEGRAM_IDS: String(ADMIN.id),
      // The analytics screens show what the rollup has counted: every 5 s here rather than every minute.
      ANALYTICS_EVERY_SECONDS: '5',
    });
    browser = await launchChromium();
    person = await new SandboxClient(diana.url, PERSON).join();
    await person.send('/start');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (diana?.child.exitCode === null) await diana.terminate();
    killStartedProcesses();
  });

  const widths = async () =>
    (await page.evaluate('({ scroll: document.documentElement.scrollWidth, view: window.innerWidth })')) as {
      scroll: number;
      view: number;
    };

  /** Opens a screen from the navigation (behind the burger on a phone) and waits for its title. */
  async function open(id: string, title: string) {
    const phone = page.viewportSize()!.width < 768;
    if (phone) await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator(`nav a[href="/console/${id}"]`).click();
    await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor({ timeout: 15_000 });
    // Lists arrive after the title; the spinners go when they do.
    await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 15_000 }).toBe(0);
  }

  it('opens signed in from the one-time link that /admin → 🖥️ Consola sends in the sandbox', async () => {
    const admin = await new SandboxClient(diana.url, ADMIN).join();
    await admin.send('/start');
    await admin.send('/admin', { menu: true });
    const answer = await admin.press('Consola');
    const link = /(http:\/\/\S+\/api\/v1\/session\/login\?token=[\w-]+)/.exec(answer.text ?? '')?.[1];
    expect(link).toBeDefined();

    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'es-ES' });
    await page.goto(link!);
    expect(new URL(page.url()).pathname).toBe('/console/');
    await expect.poll(() => page.getByTestId('role').textContent(), { timeout: 20_000 }).toBe('Rol: admin');
    await page.getByTestId('figure-people').waitFor();
  }, 60_000);

  it('shows every screen at 1280 px and at 390 px without sideways scroll', async () => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [id, title] of SCREENS) {
        await open(id, title);
        const { scroll, view } = await widths();
        expect(scroll, `${id} at ${width} px`).toBeLessThanOrEqual(view);
        await page.screenshot({ path: join(SHOTS, `${id}-${width}.png`), fullPage: true });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 180_000);

  it('finds a person, grants besitos with a reason, and the new balance shows in the console and the bot', async () => {
    await open('people', 'Personas');
    await page.getByLabel('Buscar por id, @usuario o nombre').fill('Rocío');
    await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    await page.locator('table[aria-label="people"] tr', { hasText: String(PERSON.id) }).click();
    const balance = page.getByTestId('card-balance');
    await balance.waitFor();
    const before = Number((await balance.textContent())!.replace(/\D/g, ''));

    // Without a reason the API refuses, and the console says why.
    await page.getByLabel('Cantidad').fill('25');
    await page.getByRole('button', { name: 'Abonar' }).click();
    const problem = page.getByTestId('person-card').getByRole('alert');
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/Error 400/);

    await page.getByLabel('Motivo').first().fill('compensación por el fallo');
    await page.getByRole('button', { name: 'Abonar' }).click();
    await expect
      .poll(async () => Number((await balance.textContent())!.replace(/\D/g, '')), { timeout: 15_000 })
      .toBe(before + 25);
    await page.screenshot({ path: join(SHOTS, 'people-granted-1280.png'), fullPage: true });

    await person.send('/diana', { menu: true });
    const besitos = await person.press('Mis Besitos');
    expect(besitos.text).toContain(String(before + 25));
  }, 60_000);

  it('makes a VIP token and revokes it', async () => {
    await open('vip', 'VIP');
    await page.getByRole('tab', { name: 'Tokens' }).click();
    await page.getByRole('button', { name: 'Crear token' }).click();
    const token = (await page.getByTestId('new-token').textContent())!;
    const row = page.locator('table[aria-label="tokens"] tr', { hasText: token });
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('sin usar');
    await row.getByRole('button', { name: 'Anular' }).click();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('anulado');
  }, 60_000);

  it('refunds a Stars payment after a confirmation, giving the Stars back and ending the VIP it bought', async () => {
    await person.send('/diana', { menu: true });
    await person.press('VIP');
    const lastId = (await person.history()).at(-1)!.message_id;
    await person.press('VIP · 30 noches');
    const invoice = await person.waitFor((m) => Boolean(m.invoice), lastId);
    const stars = await person.stars();
    expect(await person.pay(invoice.message_id)).toMatchObject({ ok: true });
    expect(await person.stars()).toBe(stars - 250);
    await expect
      .poll(
        async () => {
          await person.send('/diana', { menu: true });
          return (await person.press('VIP')).text;
        },
        { timeout: 20_000 },
      )
      .toContain('Es usted del círculo VIP');

    // A fresh page: the console keeps lists for a few seconds, and this one was read before the payment.
    await page.reload();
    await open('vip', 'VIP');
    const member = page.locator('table[aria-label="vip-active"] tr', { hasText: String(PERSON.id) });
    await member.waitFor({ timeout: 15_000 });
    // Thirty nights from now is not "expiring soon" (within a week).
    await page.getByRole('tab', { name: 'Caducan pronto' }).click();
    await page.getByText('VIP que terminan en los próximos 7 días.').waitFor();
    await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 15_000 }).toBe(0);
    expect(
      await page.locator('table[aria-label="vip-expiring"] tr', { hasText: String(PERSON.id) }).count(),
    ).toBe(0);
    await page.getByRole('tab', { name: 'Pagos' }).click();
    const row = page.locator('table[aria-label="payments"] tr', { hasText: PERSON.first_name });
    await row.getByRole('button', { name: 'Devolver' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('¿Devolver 250 Stars');
    await page.screenshot({ path: join(SHOTS, 'vip-refund-1280.png') });
    const beforeRefund = (await person.history()).at(-1)!.message_id;
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await row.getByText('Devuelto').waitFor({ timeout: 15_000 });
    expect(await person.stars()).toBe(stars);

    // The refund takes back the payment's VIP time: the person is no longer an active VIP, and Lucien says so
    // (a message of its own, with buttons: the menu is asked for once it is there).
    await page.getByRole('tab', { name: 'Activos' }).click();
    await expect.poll(() => member.count(), { timeout: 15_000 }).toBe(0);
    await person.waitFor((m) => (m.text ?? '').includes('Su VIP ha terminado'), beforeRefund);
    await person.send('/diana', { menu: true });
    expect((await person.press('VIP')).text).toContain('Aún no es usted del círculo VIP');
  }, 90_000);

  it('shows every analytics view with the figures of what happened here, each saved as CSV', async () => {
    // Rocío reads the first three fragments, tells Diana the truth at the first decision, and stops there.
    await person.send('/diana', { menu: true });
    await person.press('Continuar Historia');
    await person.press('Cruzar el umbral');
    await person.press('Seguir a Lucien');
    await person.press('Confesar que vine');

    await open('analytics', 'Analítica');
    const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
    const cells = (table: string, text: string) =>
      page
        .locator(`table[aria-label="${table}"] tr`, { hasText: text })
        .first()
        .locator('td')
        .allTextContents();
    const figure = (id: string) => page.getByTestId(`figure-${id}`).locator('p').last().textContent();
    // The rollup runs every 5 s: wait until it has the decision, made after the refund of the test before.
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.locator('table[aria-label="funnel"]').waitFor({ timeout: 15_000 });
          return cells('funnel', 'Primera decisión');
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toEqual(['Primera decisión', '1', '100 %']);

    const VIEWS: Array<[string, string, () => Promise<void>]> = [
      [
        'Embudo',
        'funnel',
        async () => {
          // The admin and Rocío sent /start; only Rocío read on, made a decision, and stayed in chapter 1.
          expect(await cells('funnel', '/start')).toEqual(['/start', '2', '100 %']);
          expect(await cells('funnel', 'Primer fragmento')).toEqual(['Primer fragmento', '1', '50 %']);
          expect(await cells('funnel', 'Capítulo 2')).toEqual(['Capítulo 2', '0', '0 %']);
          const cohort = await cells('funnel-cohorts', '-');
          expect(cohort.slice(1, 5)).toEqual(['2', '1 · 50 %', '1 · 100 %', '0 · 0 %']);
        },
      ],
      [
        'Retención',
        'retention',
        async () => {
          const cohort = await cells('retention', '-');
          expect(cohort[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(cohort.slice(1)).toEqual(['2', '0 % (0)', '0 % (0)', '0 % (0)']);
          // By signup day and language: both arrived today speaking Spanish.
          await page.getByText('Por día', { exact: true }).click();
          await page.getByRole('switch', { name: 'Por idioma' }).check({ force: true });
          await expect
            .poll(() => cells('retention', '-'))
            .toEqual([cohort[0], 'es', '2', '0 % (0)', '0 % (0)', '0 % (0)']);
        },
      ],
      [
        'Historia',
        'story',
        async () => {
          const map = page.getByTestId('story-map');
          await map.waitFor();
          // Rocío, the only one who read on, reached the first three nodes and chose «verdad» at c1_salon,
          // whose fragment is the last she completed.
          for (const node of ['c1_puerta', 'c1_lucien', 'c1_salon'])
            expect(await map.locator(`[data-node="${node}"]`).getAttribute('data-people')).toBe('1');
          expect(await map.locator('[data-node="c1_curiosidad"]').getAttribute('data-people')).toBe('0');
          expect(await map.locator('[data-dropoff]').count()).toBe(1);
          expect(await map.locator('[data-node="c1_salon"] [data-dropoff]').textContent()).toBe('1');
          // The arrow of the whole decision is the widest; the ones nobody took the thinnest.
          expect(await map.locator('[data-edge="c1_salon.verdad"]').getAttribute('stroke-width')).toBe('10');
          expect(await map.locator('[data-edge="c1_salon.excusa"]').getAttribute('stroke-width')).toBe('1');
          expect(await cells('choices', 'verdad')).toEqual(['c1_salon', 'verdad', '100 % (1)']);
          expect(await cells('dropoff', 'c1_salon')).toEqual(['c1_salon', '1']);
        },
      ],
      [
        'Economía',
        'economy',
        async () => {
          // The grant of the test before.
          expect(await cells('issued', 'admin_grant')).toEqual(['admin_grant', '25', '1']);
          expect(await page.locator('table[aria-label="balances"] tbody tr').count()).toBeGreaterThan(0);
        },
      ],
      [
        'VIP',
        'vip',
        async () => {
          // Rocío's 30 nights started and ended today with the refund: one new, one churned, none active.
          expect(await figure('vip-new')).toBe('1');
          expect(await figure('vip-churned')).toBe('1');
          expect(await figure('vip-active')).toBe('0');
        },
      ],
      [
        'Stars',
        'revenue',
        async () => {
          expect(await figure('stars-received')).toBe('250');
          expect(await figure('stars-refunded')).toBe('250');
          expect(await figure('stars-net')).toBe('0');
        },
      ],
    ];
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [name, id, check] of VIEWS) {
        await tab(name);
        await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 15_000 }).toBe(0);
        await check();
        const { scroll, view } = await widths();
        expect(scroll, `analytics ${id} at ${width} px`).toBeLessThanOrEqual(view);
        await page.screenshot({ path: join(SHOTS, `analytics-${id}-${width}.png`), fullPage: true });
      }
    }

    // "Descargar CSV" saves the view the API exports, through the signed-in session.
    const CSV_HEADERS: Record<string, string> = {
      funnel: 'step,people,conversion',
      retention: 'cohort,language,people,d1,d7,d30,d1Rate,d7Rate,d30Rate',
      story: 'section,node,people,choice,share',
      economy: 'section,day,reason,besitos,times,from,below,people',
      vip: 'day,started,renewed,ended,active',
      revenue: 'day,payments,stars,refunded,net',
    };
    const CSV_LINES: Record<string, string> = {
      funnel: 'firstDecision,1,1',
      retention: ',,2,0,0,0,0,0,0',
      story: 'choices,c1_salon,1,verdad,1',
      economy: ',admin_grant,25,1,,,',
      vip: ',1,0,1,0',
      revenue: ',1,250,250,0',
    };
    for (const [name, id] of VIEWS) {
      await tab(name);
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Descargar CSV' }).first().click(),
      ]);
      expect(file.suggestedFilename()).toBe(`${id}.csv`);
      const text = readFileSync((await file.path())!, 'utf8');
      // The header names the view's columns, and what happened today is there.
      const [header, ...lines] = text.split('\r\n');
      expect(header, id).toBe(CSV_HEADERS[id]);
      expect(lines.join('\n'), id).toContain(CSV_LINES[id]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 240_000);

  it('drafts a channel post with its reaction buttons and publishes it', async () => {
    await open('channels', 'Canales');
    await page.getByLabel('Texto').fill('Esta noche, el salón rojo.');
    await page.getByRole('button', { name: 'Preparar borrador' }).click();
    const preview = page.getByTestId('post-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('🔥');
    await preview.getByRole('button', { name: 'Publicar' }).click();
    await page
      .locator('table[aria-label="posts"] tr', { hasText: 'Esta noche, el salón rojo.' })
      .waitFor({ timeout: 15_000 });
  }, 60_000);

  it('speaks English once switched, and signs out to the page that explains how to sign in', async () => {
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Channels', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Not signed in' }).waitFor();
    expect(await page.textContent('body')).toContain('/admin');
    await page.screenshot({ path: join(SHOTS, 'signed-out-1280.png') });
    // The refresh cookie is gone: a reload stays signed out.
    await page.reload();
    await page.getByRole('heading', { name: 'Not signed in' }).waitFor();
  }, 60_000);
});
