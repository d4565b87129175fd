// The admin menu through Telegram: invisible to everyone else, user lookup, grants and revokes with a reason
// (a revoke below zero is refused and says so), undo, the audit log, and a question that survives a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { freshDatabase } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

const ADMIN_ID = 9_000_001;

describe('admin menu', () => {
  let t: TestDiana;
  let admin: TelegramClient;
  beforeAll(async () => {
    t = await startTestDiana({ env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
    admin = t.client({ id: ADMIN_ID, first_name: 'Lucía' });
    await admin.send('/start');
  });
  afterAll(() => t?.stop());

  const visitor = async (username: string) => {
    const ana = t.client({ id: uniqueUserId(), username });
    await ana.send('/start');
    return ana;
  };
  const balance = async (userId: number) => (await findUser(t.diana.app.db, userId))?.balance;

  it('answers /admin from anyone else exactly like an unknown command', async () => {
    const eve = await visitor('eve_visitor');
    const unknown = await eve.send('/abracadabra');
    const denied = await eve.send('/admin');
    expect(denied.text).toBe(unknown.text);
    expect(denied.reply_markup).toBeUndefined();
    const stranger = t.client({ id: uniqueUserId() });
    expect((await stranger.send('/admin')).text).toBe((await stranger.send('/abracadabra')).text);
  });

  it('finds people by the @username they have now, never by one they gave up', async () => {
    const rosa = t.client({ id: uniqueUserId(), first_name: 'Rosa', username: 'rosa_old_name' });
    await rosa.send('/start');
    // Rosa renames herself in Telegram; her next update says so, and a newcomer takes her old name.
    t.emulator.addUser({ id: rosa.id, first_name: 'Rosa', username: 'rosa_new_name' });
    await rosa.send('/diana');
    const newcomer = t.client({ id: uniqueUserId(), first_name: 'Nora', username: 'rosa_old_name' });
    await newcomer.send('/start');
    await admin.press('Usuarios', await admin.send('/admin'));
    expect((await admin.send('@rosa_new_name')).text).toContain('👤 Rosa (@rosa_new_name)');
    await admin.press('Usuarios', await admin.send('/admin'));
    expect((await admin.send('@rosa_old_name')).text).toContain('👤 Nora (@rosa_old_name)');
  });

  it('looks a user up, grants and revokes with a reason, refuses going below zero, and logs it all', async () => {
    const ana = await visitor('ana_admin_e2e');
    const menu = await admin.send('/admin');
    expect(admin.buttons(menu)).toEqual([
      '👤 Usuarios',
      '📊 Economía',
      '💎 VIP',
      '📣 Canales',
      '📢 Comunicados',
      '📜 Registro',
      '🧯 Eventos',
      '💬 Conversaciones',
      '🖥️ Consola',
      '🚦 Interruptores',
    ]);
    const users = await admin.press('Usuarios', menu);
    expect(admin.text(users.message)).toContain('id numérico o el @usuario');

    expect((await admin.send('¿quién?')).text).toContain('no es un id ni un @usuario');
    expect((await admin.send('@nobody_at_all')).text).toContain('No encuentro a nadie con «@nobody_at_all»');
    const card = await admin.send('@ana_admin_e2e');
    expect(card.text).toContain('👤 Ana (@ana_admin_e2e)');
    expect(card.text).toContain('💋 20 besitos');

    await admin.press('Abonar', card);
    expect((await admin.send('cincuenta besitos')).text).toContain('número entero entre 1 y');
    const granted = await admin.send('50 compensación por el fallo');
    expect(granted.text).toContain('✅ Abonados 50 besitos a Ana (@ana_admin_e2e). Saldo: 20 → 70.');
    expect(await balance(ana.id)).toBe(70);

    await admin.press('Retirar', granted);
    const refused = await admin.send('500 demasiado');
    expect(refused.text).toContain('❌ No puedo retirar 500 besitos a Ana (@ana_admin_e2e): su saldo es 70');
    expect(await balance(ana.id)).toBe(70);

    await admin.press('Retirar', refused);
    const revoked = await admin.send('30 abono duplicado');
    expect(revoked.text).toContain('✅ Retirados 30 besitos a Ana (@ana_admin_e2e). Saldo: 70 → 40.');
    expect(await balance(ana.id)).toBe(40);

    // Text that is not an answer to a question goes to the ordinary fallback.
    expect((await admin.send('hola')).text).toContain('/diana');

    const log = await admin.press('Registro', await admin.send('/admin'));
    const text = admin.text(log.message);
    expect(text).toMatch(/abono · usuario \d+ · saldo 20 → 70 «compensación por el fallo»/);
    expect(text).toMatch(/retirada rechazada · usuario \d+ · saldo 70 → 70 «demasiado»/);
    expect(text).toMatch(/retirada · usuario \d+ · saldo 70 → 40 «abono duplicado»/);
    expect(text).toMatch(/consulta · usuario \d+/);

    // The visitor sees both movements with human reasons.
    await ana.send('/diana');
    const mine = await ana.press('Mis Besitos');
    expect(ana.text(mine.message)).toMatch(/−30 · Retirada de la administración/);
    expect(ana.text(mine.message)).toMatch(/\+50 · Abono de la administración/);
  });

  it('undoes an adjustment once, with a compensating entry', async () => {
    const ana = await visitor('ana_undo_e2e');
    await admin.press('Usuarios', await admin.send('/admin'));
    await admin.press('Abonar', await admin.send('@ana_undo_e2e'));
    const granted = await admin.send('100 prueba');
    const undoButton = admin.button('Deshacer', granted);
    const undone = await admin.press('Deshacer', granted);
    expect(undone.answer.text).toMatch(/^Deshecho #\d+\.$/);
    expect(admin.text(undone.latest)).toContain('Saldo: 120 → 20.');
    const again = await admin.pressData(undoButton.data, granted.message_id);
    expect(admin.text(again.latest)).toContain('Esa operación ya se realizó');
    expect(await balance(ana.id)).toBe(20);
  });

  it('shows the economy: issued, spent, revoked, top earners and daily volume', async () => {
    const stats = await admin.press('Economía', await admin.send('/admin'));
    const text = admin.text(stats.message);
    expect(text).toMatch(/Emitidos: [\d.]+ · gastados: \d+ · retirados: 130/);
    expect(text).toContain('Quienes más han obtenido:');
    expect(text).toContain('Últimos 7 días');
  });

  it('ignores admin buttons once the admin is no longer one', async () => {
    const menu = await admin.send('/admin');
    const ids = t.diana.app.adminIds as Set<number>;
    ids.delete(ADMIN_ID);
    try {
      const { answer } = await admin.press('Registro', menu);
      expect(answer.text).toContain('ya no abre ninguna puerta');
      expect((await admin.send('/admin')).text).toContain('No conozco esa instrucción');
    } finally {
      ids.add(ADMIN_ID);
    }
  });
});

describe('admin question across a restart', () => {
  it('keeps what the bot asked the admin through a restart', async () => {
    const database = await freshDatabase('embedded');
    // Both runs share the database; only the test closes it.
    const shared = { ...database, close: async () => {} };
    const emulator = new BotApiEmulator();
    const env = { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) };
    const first = await startTestDiana({ database: shared, emulator, env });
    const admin = first.client({ id: ADMIN_ID });
    const ana = first.client({ id: uniqueUserId(), username: 'ana_restart' });
    try {
      await admin.send('/start');
      await ana.send('/start');
      await admin.press('Usuarios', await admin.send('/admin'));
      await admin.press('Abonar', await admin.send('@ana_restart'));
      await first.stop();

      const second = await startTestDiana({ database: shared, emulator, env });
      try {
        const granted = await admin.send('25 tras el reinicio');
        expect(granted.text).toContain('Saldo: 20 → 45.');
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
      await database.close();
    }
  });
});
