// Killed mid-story (SIGKILL, no shutdown at all) and started again on the same PostgreSQL: the visitor
// resumes at the same fragment and nothing is paid twice. Diana runs as `npm start` does, in a child process,
// driven through the sandbox's HTTP API.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { POSTGRES_URL } from '../support/databases.ts';
import { killStartedProcesses, startProcess } from '../support/process.ts';
import { SandboxClient } from '../support/sandbox-client.ts';

const USER = { id: 777_001, first_name: 'Sara', language_code: 'es' };

async function startSandbox(databaseUrl: string, dataDir: string) {
  // The sandbox on a PostgreSQL database is refused unless SANDBOX=1 says it is meant.
  const diana = await startProcess({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, SANDBOX: '1' });
  return { diana, client: await new SandboxClient(diana.url, USER).join() };
}

describe('the story after a crash', () => {
  const schema = `test_kill_${randomBytes(4).toString('hex')}`;
  // search_path in the URL gives the child processes their own schema, like the rest of the suite.
  const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let database: Database;
  const dataDir = mkdtempSync(join(tmpdir(), 'diana-kill-'));
  beforeAll(async () => {
    database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 2 });
  });
  afterAll(async () => {
    killStartedProcesses();
    await database?.close();
    await dropSchema(POSTGRES_URL, schema);
  });

  it('resumes at the same fragment after SIGKILL, paying nothing twice', { timeout: 120_000 }, async () => {
    let { diana, client } = await startSandbox(url, dataDir);
    await client.send('/start');
    await client.send('/diana', { menu: true });
    for (const label of [
      'Continuar Historia',
      'Cruzar el umbral',
      'Seguir a Lucien',
      'Fingir que me perdí',
    ]) {
      await client.press(label);
    }
    // Story steps pay in the same transaction as the step; missions and achievements follow from the
    // outbox in the background, so a kill can fall between the two.
    const storyEntries = async () =>
      database.db
        .selectFrom('transactions')
        .select(['idempotency_key', 'amount'])
        .where('user_id', '=', USER.id)
        .where((eb) =>
          eb.or([
            eb('reason', '=', 'welcome'),
            eb('idempotency_key', 'like', 'fragment:%'),
            eb('idempotency_key', 'like', 'decision:%'),
          ]),
        )
        .execute();
    const sum = (rows: { amount: number }[]) => rows.reduce((total, r) => total + r.amount, 0);
    const before = { save: await findSave(database.db, USER.id), story: sum(await storyEntries()) };
    expect(before).toMatchObject({ save: { node: 'c1_extravio', revision: 3 }, story: 20 + 3 * 15 });

    const exited = new Promise((resolve) => diana.child.on('exit', resolve));
    diana.child.kill('SIGKILL');
    await exited;

    ({ diana, client } = await startSandbox(url, dataDir));
    await client.send('/diana', { menu: true });
    const resumed = await client.press('Continuar Historia');
    expect(resumed.text).toContain('¿Perdido?');
    expect(await findSave(database.db, USER.id)).toEqual(before.save);
    expect(sum(await storyEntries())).toBe(before.story);

    const next = await client.press('Aceptar la copa');
    expect(next.text).toMatch(/Saldo: \d+/);
    expect(await storyEntries()).toHaveLength(1 + 4 * 2);

    // After the restart the outbox is worked off: every mission and achievement reached is paid exactly once.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const pending = await database.db
        .selectFrom('events')
        .select('id')
        .where('user_id', '=', USER.id)
        .where('status', '=', 'pending')
        .execute();
      if (pending.length === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const rewards = await database.db
      .selectFrom('transactions')
      .select(['ref', 'amount'])
      .where('user_id', '=', USER.id)
      .where('reason', 'in', ['mission', 'achievement'])
      .execute();
    const refs = rewards.map((r) => r.ref);
    expect(refs).toEqual(expect.arrayContaining(['first_steps', 'decision_maker', 'primera_conversacion']));
    expect(new Set(refs).size).toBe(refs.length);
    const user = await findUser(database.db, USER.id);
    const all = await database.db
      .selectFrom('transactions')
      .select('amount')
      .where('user_id', '=', USER.id)
      .execute();
    expect(user?.balance).toBe(sum(all));
    await diana.terminate();
  });
});
