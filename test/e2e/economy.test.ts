// A visitor's economy, through Telegram: Mis Besitos with level and progress, the daily gift (a second claim is
// refused kindly), buying in the shop (a double tap buys once), the backpack, and the way back from each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { award } from '../../src/app/ledger.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import type { TelegramClient } from '../support/telegram-client.ts';

describe.each(DATABASE_KINDS)('economy through Telegram (%s database)', (kind) => {
  let t: TestDiana;
  const clock = new ManualClock('2026-01-15T18:00:00Z'); // noon in Mexico City, the default zone

  beforeAll(async () => {
    t = await startTestDiana({ kind, clock });
  });
  afterAll(() => t?.stop());

  const visitor = async (): Promise<TelegramClient> => {
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    await ana.send('/diana');
    return ana;
  };
  const grant = (userId: number, base: number) =>
    t.diana.app.db.transaction().execute((tx) =>
      award(tx, t.diana.app.pack, clock.now(), {
        userId,
        base,
        reason: 'mission',
        key: `test:${userId}:${base}`,
      }),
    );
  const balance = async (userId: number) => (await findUser(t.diana.app.db, userId))?.balance;

  it('shows balance, level with progress, recent movements and how to earn', async () => {
    const ana = await visitor();
    const { message } = await ana.press('Mis Besitos');
    const text = ana.text(message);
    expect(text).toContain('💋 20 besitos');
    // The welcome gift is paid but is not activity: the level waits for reading, choosing and taking part.
    expect(text).toContain('Nivel 1 · ▱▱▱▱▱▱▱▱▱▱ 0/175');
    expect(text).toContain('Le faltan 175 besitos para el nivel 2. Cuentan los que gana leyendo');
    expect(text).toMatch(/\+20 · Bienvenida/);
    expect(text).toContain('Cómo ganar más:');
    expect(text).toContain('· Reacción en el canal: +2 (hasta 20 al día)');
    expect(text).toContain('×1,5');
    expect(ana.buttons(message)).toEqual(['🎁 Regalo diario', '🛍️ Tienda', '🎒 Mochila', '⬅️ Volver']);
  });

  it('gives the daily gift once, refuses the second claim kindly and says when the next one comes', async () => {
    const ana = await visitor();
    await ana.press('Mis Besitos');
    const gift = await ana.press('Regalo diario');
    expect(ana.text(gift.message)).toContain('Su regalo de hoy le espera: 15 besitos.');
    const claimButton = ana.button('Recibir', gift.message);

    const claimed = await ana.press('Recibir', gift.message);
    expect(claimed.answer.text).toBe('+15 besitos 💋');
    expect(ana.text(claimed.message)).toContain('Le he abonado 15 besitos. Saldo: 💋 35.');
    expect(ana.text(claimed.message)).toContain('Racha: 1 día seguido.');
    expect(ana.text(claimed.message)).toContain('listo a las 00:00, dentro de 12 h 0 min.');
    expect(ana.buttons(claimed.message)).toEqual(['⬅️ Mis Besitos']);

    // The same button tapped again (a double tap, or an old message).
    const again = await ana.pressData(claimButton.data, gift.message!.message_id);
    expect(again.answer.text).toContain('Ya recibió el regalo de hoy');
    expect(ana.text(again.message)).toContain('constancia, no la insistencia');
    expect(await balance(ana.id)).toBe(35);

    const back = await ana.press('Mis Besitos', again.message);
    expect(ana.text(back.message)).toMatch(/\+15 · Regalo diario/);
  });

  it('sells a story key, once per tap, and shows it in the backpack', async () => {
    const ana = await visitor();
    await grant(ana.id, 200);
    await ana.press('Mis Besitos');
    const shop = await ana.press('Tienda');
    expect(ana.text(shop.message)).toContain('Saldo: 💋 220 besitos.');
    expect(ana.buttons(shop.message)).toContain('🗝️ Llave del jardín secreto · 150 💋');
    expect(ana.buttons(shop.message)).toContain('🎭 Insignia de terciopelo · 500 💋 💎');

    const page = await ana.press('Llave del jardín secreto', shop.message);
    expect(ana.text(page.message)).toContain('Abre un camino escondido de la historia.');
    const buyButton = ana.button('Comprar por 150', page.message);
    const bought = await ana.press('Comprar por 150', page.message);
    expect(bought.answer.text).toContain('comprado');
    expect(ana.text(bought.message)).toContain('✅ Es suyo.');
    expect(ana.text(bought.message)).toContain('Ya tiene todos los que se permiten por persona.');

    const doubleTap = await ana.pressData(buyButton.data, page.message!.message_id);
    expect(doubleTap.answer.text).toBe('Ya estaba hecho: la compra se registró una sola vez.');
    expect(await balance(ana.id)).toBe(70);

    await ana.press('Mis Besitos', doubleTap.message);
    const bag = await ana.press('Mochila');
    expect(ana.text(bag.message)).toContain(
      '🗝️ Llave del jardín secreto × 1 · abre una puerta en la historia',
    );
    const back = await ana.press('Mis Besitos', bag.message);
    expect(ana.text(back.message)).toMatch(/−150 · Compra en la tienda/);
    expect(ana.text(back.message)).toContain('💋 70 besitos');
  });

  it('uses a consumable from the backpack, once per tap', async () => {
    const ana = await visitor();
    await grant(ana.id, 60);
    await ana.press('Mis Besitos');
    await ana.press('Tienda');
    await ana.press('Carta perfumada');
    await ana.press('Comprar por 40');
    await ana.press('Mis Besitos');
    const bag = await ana.press('Mochila');
    const useButton = ana.button('Usar', bag.message);
    const used = await ana.press('Usar', bag.message);
    expect(used.answer.text).toBe('💌 Carta perfumada: usado.');
    expect(ana.text(used.message)).toContain('He dejado su carta sobre el escritorio de la señorita.');
    expect(ana.text(used.message)).toContain('Su mochila está vacía.');
    const again = await ana.pressData(useButton.data, bag.message!.message_id);
    expect(again.answer.text).toContain('Su mochila ha cambiado');
  });

  it('refuses what a visitor cannot buy, on the item page, and never goes negative', async () => {
    const ana = await visitor();
    await ana.press('Mis Besitos');
    await ana.press('Tienda');
    const page = await ana.press('Insignia de la rosa negra');
    expect(ana.text(page.message)).toContain('Le faltan 280 besitos para este objeto.');
    expect(ana.buttons(page.message)).toEqual(['⬅️ Tienda', '⬅️ Mis Besitos']);
    const vip = await ana.press('Tienda', page.message);
    const velvet = await ana.press('Insignia de terciopelo', vip.message);
    expect(ana.text(velvet.message)).toContain('Este objeto está reservado a los invitados VIP.');
    expect(await balance(ana.id)).toBe(20);
  });
});
