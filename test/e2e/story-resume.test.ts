// The story survives the process: stopped mid-story and started again on the same data, Diana resumes at the
// same fragment, old buttons are stale, and nothing is paid twice. Fragments with an image are one photo
// message edited in place (editMessageMedia).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { BotApiEmulator } from '../../src/sandbox/emulator.ts';
import { startTestDiana, type TestDiana, uniqueUserId } from '../support/harness.ts';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the story across a restart', () => {
  it('resumes at the same node after the process stops, and pays nothing twice', {
    timeout: 90_000,
  }, async () => {
    // An embedded database on disk, as `npm start` keeps it in DATA_DIR (started from the migrated template).
    const dataDir = tempDir('diana-data-');
    const emulator = new BotApiEmulator();
    let t: TestDiana = await startTestDiana({
      database: await openDatabase({ dataDir, templateFile: inject('pgliteTemplate') }),
      emulator,
    });
    const id = uniqueUserId();
    let ana = t.client({ id });
    await ana.send('/start');
    let screen = (await ana.press('Continuar Historia', await ana.send('/diana'))).message!;
    let oldButton = '';
    for (const label of ['Cruzar el umbral', 'Seguir a Lucien', 'Fingir que me perdí']) {
      if (label === 'Seguir a Lucien') oldButton = ana.button(label, screen).data;
      screen = (await ana.press(label, screen)).message!;
    }
    const before = {
      save: await findSave(t.diana.app.db, id),
      balance: (await findUser(t.diana.app.db, id))?.balance,
    };
    expect(before).toMatchObject({ save: { node: 'c1_extravio' }, balance: 20 + 3 * 15 });
    await t.stop();

    t = await startTestDiana({ database: await openDatabase({ dataDir }), emulator });
    try {
      ana = t.client({ id });
      // A button drawn before the restart for an earlier fragment is stale and changes nothing.
      const stale = await ana.pressData(oldButton, screen.message_id);
      expect(stale.answer.text).toContain('página anterior');
      const resumed = (await ana.press('Continuar Historia', await ana.send('/diana'))).message!;
      expect(resumed.text).toContain('¿Perdido?');
      expect(await findSave(t.diana.app.db, id)).toEqual(before.save);
      expect((await findUser(t.diana.app.db, id))?.balance).toBe(before.balance);

      const next = await ana.press('Aceptar la copa', resumed);
      expect(next.message?.text).toContain(`Saldo: ${before.balance! + 15}`);
      const keys = await t.diana.app.db
        .selectFrom('transactions')
        .select('idempotency_key')
        .where('user_id', '=', id)
        .execute();
      expect(new Set(keys.map((k) => k.idempotency_key)).size).toBe(keys.length);
      expect(keys).toHaveLength(1 + 4 * 2);
    } finally {
      await t.stop();
    }
  });
});

describe('fragments with an image', () => {
  it('are photo messages edited in place', async () => {
    const content = tempDir('diana-pack-');
    cpSync('content/diana', content, { recursive: true });
    const yaml = readFileSync(join(content, 'story.yaml'), 'utf8')
      .replace('speaker: narration\n', 'speaker: narration\n        image: https://example.org/casa.jpg\n')
      .replace(
        'speaker: lucien\n        emotion: reservada\n',
        'speaker: lucien\n        emotion: reservada\n        image: https://example.org/lucien.jpg\n',
      );
    writeFileSync(join(content, 'story.yaml'), yaml);
    const t = await startTestDiana({ env: { CONTENT_DIR: content } });
    try {
      const ana = t.client({ id: uniqueUserId() });
      await ana.send('/start');
      const menu = await ana.send('/diana');
      const arrival = ana.nextBotMessage();
      await ana.press('Continuar Historia', menu);
      const door = await arrival;
      expect(door.photo?.[0]?.file_id).toBe('https://example.org/casa.jpg');
      expect(door.caption).toContain('La casa aparece');
      expect(t.emulator.message(ana.id, menu.message_id)).toBeUndefined();

      const lucien = await ana.press('Cruzar el umbral', door);
      expect(lucien.message?.message_id).toBe(door.message_id);
      expect(lucien.message?.photo?.[0]?.file_id).toBe('https://example.org/lucien.jpg');
      expect(lucien.message?.caption).toContain('Le esperábamos');
      expect(t.emulator.calls.get('editMessageMedia')).toBe(1);

      // Back to a fragment without an image: Telegram cannot turn a photo into text, so it is replaced.
      const text = ana.nextBotMessage();
      await ana.press('Seguir a Lucien', lucien.message);
      expect((await text).text).toContain('llamaba sin llamar');
    } finally {
      await t.stop();
    }
  });
});
