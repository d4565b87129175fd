// Data rights through Telegram: /start links the privacy notice; ⚙️ Configuración → 🔒 Privacidad sends the
// person's data as a JSON file; forgetting (after a confirmation) takes them out of admin search, their next
// /start is a new visitor, and the books still balance. In Spanish and in English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../src/app/reconcile.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_000_101;

describe.each(DATABASE_KINDS)('data rights (%s database)', (kind) => {
  let t: TestDiana;
  let admin: TelegramClient;
  beforeAll(async () => {
    t = await startTestDiana({ kind, env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
  });
  afterAll(() => t?.stop());

  const openPrivacy = async (person: TelegramClient, settings: string, privacy: string) => {
    const menu = await person.send('/diana');
    const { message } = await person.press(settings, menu);
    return (await person.press(privacy, message)).message;
  };

  it('links the notice from /start and sends the data as a JSON file', async () => {
    const ana = t.client({
      id: uniqueUserId(),
      first_name: 'Ana',
      username: 'ana_privacy',
      language_code: 'es',
    });
    expect((await ana.send('/start')).text).toContain('/privacy');
    const notice = await ana.send('/privacy');
    expect(notice.text).toContain('Aviso de privacidad y condiciones');
    expect(ana.buttons(notice)).toContain('📄 Descargar mis datos');
    const stranger = t.client({ id: uniqueUserId(), language_code: 'en' });
    expect((await stranger.send('/privacy')).text).toContain('Privacy notice and terms');
    const screen = await openPrivacy(ana, '⚙️ Configuración', '🔒 Privacidad');
    expect(ana.text(screen)).toContain('/privacy');
    expect(ana.buttons(screen)).toEqual([
      '📄 Descargar mis datos',
      '🗑️ Olvidarme',
      '⬅️ Volver a Configuración',
    ]);
    const sent = ana.nextBotMessage();
    const { answer } = await ana.press('Descargar mis datos', screen);
    expect(answer?.text).toContain('expediente');
    const file = await sent;
    expect(file.document).toMatchObject({ file_name: `diana-${ana.id}.json`, mime_type: 'application/json' });
    const content = t.emulator.files.content(file.document!.file_id);
    const data = JSON.parse(content!.data.toString('utf8'));
    expect(data).toMatchObject({
      format: 'diana-personal-data',
      profile: { id: ana.id, first_name: 'Ana', username: 'ana_privacy' },
    });
    expect(data.ledger).toEqual([expect.objectContaining({ reason: 'welcome', amount: 20 })]);
    // The web chat downloads it as a Telegram app would.
    const download = await fetch(`${t.diana.url}/sandbox/api/files/${file.document!.file_id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="diana-${ana.id}.json"`);
    expect(await download.json()).toEqual(data);
  });

  it('takes uploads only on the emulated Bot API, with its token', async () => {
    const form = () => {
      const body = new FormData();
      body.append('chat_id', '1');
      body.append('text', '/admin');
      return body;
    };
    const post = (path: string) => fetch(`${t.diana.url}${path}`, { method: 'POST', body: form() });
    expect((await post(`/sandbox/api/chats/${uniqueUserId()}/messages`)).status).toBe(415);
    expect((await post('/sandbox/bot-api/bot1:wrong/sendMessage')).status).toBe(401);
  });

  it('forgets a person after a confirmation: gone from admin search, a new visitor next time, books clean', async () => {
    const bob = t.client({
      id: uniqueUserId(),
      first_name: 'Bob',
      username: 'bob_forgets',
      language_code: 'en',
    });
    await bob.send('/start');
    const screen = await openPrivacy(bob, '⚙️ Settings', '🔒 Privacy');
    const confirm = (await bob.press('Forget me', screen)).message;
    expect(bob.text(confirm)).toContain('cannot be undone');
    // Changing one's mind changes nothing.
    const back = (await bob.press('No, go back', confirm)).message;
    expect(bob.buttons(back)).toContain('🗑️ Forget me');
    const again = (await bob.press('Forget me', back)).message;
    const done = (await bob.press('Yes, forget me', again)).message;
    expect(bob.text(done)).toContain('no longer knows who you are');
    // The same tap again (a replayed or doubled button) finds nobody and changes nothing.
    const replay = await bob.pressData(bob.button('Yes, forget me', again!).data, again!.message_id);
    expect(replay.answer.text).toContain('/start');
    expect((await reconcile(t.diana.app.db)).problems).toEqual([]);

    await admin.press('Usuarios', await admin.send('/admin'));
    expect((await admin.send('@bob_forgets')).text).toContain('No encuentro a nadie con «@bob_forgets»');
    await admin.press('Usuarios', await admin.send('/admin'));
    expect((await admin.send(String(bob.id))).text).toContain('No encuentro a nadie');

    expect((await bob.send('/start')).text).toContain('As a token of welcome, 20 besitos');
    expect((await reconcile(t.diana.app.db)).problems).toEqual([]);
  });

  it('an admin forgets a person at their request, with the request recorded in the audit log', async () => {
    const carla = t.client({ id: uniqueUserId(), first_name: 'Carla', username: 'carla_asks' });
    await carla.send('/start');
    await admin.press('Usuarios', await admin.send('/admin'));
    const card = await admin.send('@carla_asks');
    const prompt = (await admin.press('Olvidar', card)).message;
    expect(admin.text(prompt)).toContain('No se puede deshacer');
    expect((await admin.send('ok')).text).toContain('de 3 a 200 caracteres');
    const done = await admin.send('correo del 3 de mayo');
    expect(done.text).toMatch(
      /^Hecho: la persona está olvidada; sus cuentas siguen bajo el número -\d+\. Registro #\d+\.$/,
    );
    await admin.press('Usuarios', await admin.send('/admin'));
    expect((await admin.send('@carla_asks')).text).toContain('No encuentro a nadie');
    const audit = (await admin.press('Registro', await admin.send('/admin'))).message;
    expect(admin.text(audit)).toMatch(/olvido a petición · usuario -\d+/);
    expect(admin.text(audit)).not.toContain(`usuario ${carla.id}`);
    expect((await carla.send('/start')).text).toContain('se le han abonado 20 besitos');
    expect((await reconcile(t.diana.app.db)).problems).toEqual([]);
  });
});
