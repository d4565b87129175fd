// Admins see the background backlog and the events that kept failing, and send one back to the queue.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';
import { HOME_MENU_ES } from '../support/menus.ts';

describe('admin › events', () => {
  const ADMIN_ID = uniqueUserId();
  let t: TestDiana;
  beforeAll(async () => {
    t = await startTestDiana({ env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
  });
  afterAll(() => t?.stop());

  it('lists a dead letter and retries it once, audited', async () => {
    const admin = t.client({ id: ADMIN_ID, first_name: 'Root' });
    await admin.send('/start');
    await t.settle();
    // An event that failed for good (its subscriber had a bug, since fixed).
    const inserted = await sql<{ id: number }>`
      INSERT INTO events (type, user_id, payload, status, attempts, last_error)
      VALUES ('LevelReached', ${ADMIN_ID}, '{"level": 2}', 'dead', 8, 'TypeError: boom') RETURNING id
    `.execute(t.diana.app.db);
    const deadId = inserted.rows[0]!.id;

    await admin.send('/admin');
    const { message } = await admin.press('Eventos');
    expect(message?.text).toMatch(/Fallidos: 1/);
    expect(message?.text).toMatch(/#\d+ LevelReached · usuario \d+ · 8 intentos\nTypeError: boom/);

    const retried = await admin.press('Reintentar', message);
    expect(retried.answer.text).toBe('Devuelto a la cola.');
    expect(retried.message?.text).toContain('Ningún evento fallido');
    const again = await admin.pressData(
      admin.button('Actualizar', retried.message).data,
      retried.message!.message_id,
    );
    expect(again.message?.text).toMatch(/Fallidos: 0/);

    await t.settle();
    const { rows } = await sql<{ status: string }>`SELECT status FROM events WHERE id = ${deadId}`.execute(
      t.diana.app.db,
    );
    expect(rows).toEqual([{ status: 'done' }]);
    await admin.send('/admin');
    const audit = await admin.press('Registro');
    expect(audit.message?.text).toContain('reintento de evento');
  });

  it('lists a Telegram update that kept failing and attempts it again when asked, audited', async () => {
    const admin = t.client({ id: ADMIN_ID, first_name: 'Root' });
    const ana = t.client({ id: uniqueUserId() });
    await ana.send('/start');
    // Ana's /diana failed eight times (a bug, since fixed) and was dead-lettered.
    const body = {
      update_id: 9_000_001,
      message: {
        message_id: 999,
        date: Math.floor(Date.now() / 1000),
        chat: { id: ana.id, type: 'private', first_name: 'Ana' },
        from: { id: ana.id, is_bot: false, first_name: 'Ana', language_code: 'es' },
        text: '/diana',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    };
    await sql`
      INSERT INTO update_inbox (update_id, status, body, attempts, last_error)
      VALUES (9000001, 'dead', ${JSON.stringify(body)}, 8, 'TypeError: boom')
    `.execute(t.diana.app.db);

    await admin.send('/admin');
    const { message } = await admin.press('Eventos');
    expect(message?.text).toMatch(/Mensajes de Telegram por reintentar: \d+ · Fallidos: 1/);
    expect(message?.text).toMatch(/Actualización 9000001 \(message\) · 8 intentos\nTypeError: boom/);

    const menu = ana.nextBotMessage();
    const retried = await admin.press('Reintentar actualización 9000001', message);
    expect(retried.answer.text).toBe('Devuelto a la cola.');
    await t.settle();
    expect(ana.buttons(await menu)).toEqual(HOME_MENU_ES);
    await t.diana.inbox.flush();
    const { rows } = await sql<{
      status: string;
    }>`SELECT status FROM update_inbox WHERE update_id = 9000001`.execute(t.diana.app.db);
    expect(rows).toEqual([{ status: 'done' }]);
    await admin.send('/admin');
    const audit = await admin.press('Registro');
    expect(audit.message?.text).toContain('reintento de mensaje de Telegram');
  });
});
