// Killed mid-story (SIGKILL, no shutdown at all) and started again on the same PostgreSQL: the visitor
// resumes at the same fragment and nothing is paid twice. Diana runs as `npm start` does, in a child process,
// driven through the sandbox's HTTP API.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { findSave } from '../../src/adapters/db/repositories/story.ts';
import { findUser } from '../../src/adapters/db/repositories/users.ts';
import { POSTGRES_URL } from '../support/databases.ts';

const USER = { id: 777_001, first_name: 'Sara', language_code: 'es' };

/** One `npm start` process in sandbox mode, and a Telegram client speaking to it over HTTP. */
async function startProcess(databaseUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, TELEGRAM_BOT_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Diana did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /open (http:\/\/[^\s"]+)\/sandbox/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(`${match[1]}/sandbox/api`);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => reject(new Error(`Diana exited:\n${output}`)));
  });
  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const history = async (): Promise<Message[]> =>
    ((await (await fetch(`${base}/chats/${USER.id}`)).json()) as { messages: Message[] }).messages;
  const menu = async () => (await history()).filter((m) => m.reply_markup).at(-1)!;
  const client = {
    /** Sends a message and waits (up to 30 s: a cold process compiles as it goes) for the bot's answer. */
    async send(text: string) {
      const before = (await history()).length;
      await post(`/chats/${USER.id}/messages`, { text });
      for (let waited = 0; (await history()).length < before + 2; waited += 50) {
        if (waited > 30_000) throw new Error(`no answer to ${text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async press(label: string) {
      const message = await menu();
      const button = message.reply_markup!.inline_keyboard.flat().find((b) => b.text.includes(label));
      if (!button || !('callback_data' in button)) throw new Error(`no button "${label}"`);
      await post(`/chats/${USER.id}/press`, { messageId: message.message_id, data: button.callback_data });
      return menu();
    },
  };
  await post('/users', USER);
  return { child, client };
}

describe('the story after a crash', () => {
  const schema = `test_kill_${randomBytes(4).toString('hex')}`;
  // search_path in the URL gives the child processes their own schema, like the rest of the suite.
  const url = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  let database: Database;
  let running: ChildProcess | undefined;
  beforeAll(async () => {
    database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 2 });
  });
  afterAll(async () => {
    running?.kill('SIGKILL');
    await database?.close();
    await dropSchema(POSTGRES_URL, schema);
  });

  it('resumes at the same fragment after SIGKILL, paying nothing twice', { timeout: 120_000 }, async () => {
    let diana = await startProcess(url);
    running = diana.child;
    await diana.client.send('/start');
    await diana.client.send('/diana');
    for (const label of [
      'Continuar Historia',
      'Cruzar el umbral',
      'Seguir a Lucien',
      'Fingir que me perdí',
    ]) {
      await diana.client.press(label);
    }
    const before = {
      save: await findSave(database.db, USER.id),
      balance: (await findUser(database.db, USER.id))?.balance,
    };
    expect(before).toMatchObject({ save: { node: 'c1_extravio', revision: 3 }, balance: 20 + 3 * 15 });

    const exited = new Promise((resolve) => diana.child.on('exit', resolve));
    diana.child.kill('SIGKILL');
    await exited;

    diana = await startProcess(url);
    running = diana.child;
    await diana.client.send('/diana');
    const resumed = await diana.client.press('Continuar Historia');
    expect(resumed.text).toContain('¿Perdido?');
    expect(await findSave(database.db, USER.id)).toEqual(before.save);
    expect((await findUser(database.db, USER.id))?.balance).toBe(before.balance);

    const next = await diana.client.press('Aceptar la copa');
    expect(next.text).toContain(`Saldo: ${before.balance! + 15}`);
    const keys = await database.db
      .selectFrom('transactions')
      .select('idempotency_key')
      .where('user_id', '=', USER.id)
      .execute();
    expect(keys).toHaveLength(1 + 4 * 2);
    expect(new Set(keys.map((k) => k.idempotency_key)).size).toBe(keys.length);
    diana.child.kill('SIGTERM');
  });
});
