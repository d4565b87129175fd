// `npm start` as a process: the sandbox works over HTTP, SIGTERM stops it cleanly within 10 s, a restart keeps
// every user, balance and chat, the books reconcile, and bad configuration fails in one line.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { POSTGRES_URL } from '../support/databases.ts';
import { killStartedProcesses, runToExit, runTool, startProcess } from '../support/process.ts';
import { SandboxClient } from '../support/sandbox-client.ts';

describe('the Diana process', () => {
  afterAll(killStartedProcesses);
  it('stops on SIGTERM and comes back with every user, balance and chat', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'diana-process-'));
    const env = { DATA_DIR: dataDir };
    const first = await startProcess(env);
    const health = await fetch(`${first.url}/ready`).then((r) => r.json());
    expect(health).toEqual({ status: 'ready', database: true, bot: 'polling' });

    const ana = { id: 4242, first_name: 'Ana', language_code: 'es' };
    const before = await new SandboxClient(first.url, ana).join();
    expect((await before.send('/start')).text).toContain('Lucien');
    // The background workers unlock "Primeros pasos" (+50) and Lucien announces it.
    await before.waitFor((m) => Boolean(m.text?.includes('Primeros pasos')));

    const stopped = await first.terminate();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);

    const second = await startProcess(env);
    try {
      const after = new SandboxClient(second.url, ana);
      expect((await after.history()).some((m) => m.text?.includes('Lucien'))).toBe(true);
      expect((await after.send('/diana', { menu: true })).text).toContain('💋 70 besitos');
    } finally {
      expect((await second.terminate()).code).toBe(0);
    }

    const books = runTool('src/cli/reconcile.ts', env);
    expect(books.output).toContain('books balanced: 1 users checked');
    expect(books.code).toBe(0);
  }, 120_000);

  it('keeps its folder to itself while it runs, and gives it up when killed outright', async () => {
    const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-owner-')) };
    const first = await startProcess(env);
    const owner = `in use by process ${first.child.pid}`;
    // A command beside the running bot, or a second start, would write over the bot's files: refused.
    const books = runTool('src/cli/reconcile.ts', env);
    expect(books.code).toBe(1);
    expect(books.output).toContain(owner);
    const twice = runToExit(env);
    expect(twice.code).toBe(1);
    expect(twice.stderr.trim().split('\n')).toEqual([expect.stringContaining(owner)]);

    await new Promise((resolve) => {
      first.child.once('exit', resolve);
      first.child.kill('SIGKILL');
    });
    const second = await startProcess(env);
    expect(
      (
        await new SandboxClient(second.url, { id: 4343, first_name: 'Eva', language_code: 'es' })
          .join()
          .then((eva) => eva.send('/start'))
      ).text,
    ).toContain('Lucien');
    expect((await second.terminate()).code).toBe(0);
    const after = runTool('src/cli/reconcile.ts', env);
    expect(after.output).toContain('books balanced: 1 users checked');
    expect(after.code).toBe(0);
  }, 120_000);

  it.each([
    ['PORT', 'abc'],
    ['ADMIN_TELEGRAM_IDS', 'x,y'],
  ])('refuses %s=%s with one line and exit code 1', (variable, value) => {
    const result = runToExit({ [variable]: value, DATA_DIR: join(tmpdir(), 'diana-never-created') });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${variable}="${value}" is invalid: expected`);
    expect(result.stdout).toBe('');
  });

  it.each([
    ['DATABASE_URL', 'nonsense-with-hunter2'],
    ['TELEGRAM_BOT_TOKEN', '123456:hunter2'],
    ['REDIS_URL', 'http://:hunter2@redis:6379'],
  ])(
    'refuses a bad %s with one line that never shows its value',
    (variable, value) => {
      const result = runToExit({ [variable]: value, DATA_DIR: join(tmpdir(), 'diana-never-created') });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`${variable} is invalid: expected`);
      expect(result.stderr + result.stdout).not.toContain('hunter2');
    },
    60_000,
  );

  it.each([
    [
      { TELEGRAM_BOT_TOKEN: '', DATABASE_URL: 'postgres://diana:hunter2@127.0.0.1:5432/diana' },
      'DATABASE_URL',
    ],
    [{ HOST: '0.0.0.0' }, 'HOST=0.0.0.0'],
  ])(
    'refuses the sandbox on real data or a public address (%o) with one line',
    (env, named) => {
      const result = runToExit({ ...env, DATA_DIR: join(tmpdir(), 'diana-never-created') });
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('TELEGRAM_BOT_TOKEN is not set');
      expect(lines[0]).toContain(named);
      expect(lines[0]).toContain('SANDBOX=1');
      expect(result.stderr).not.toContain('hunter2');
      expect(result.stdout).toBe('');
    },
    60_000,
  );

  it('runs the sandbox on a public address and a real database when SANDBOX=1 says so, warning loudly', async () => {
    const schema = `test_sandbox_${randomBytes(4).toString('hex')}`;
    const database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 1 });
    try {
      const diana = await startProcess({
        SANDBOX: '1',
        HOST: '0.0.0.0',
        DATABASE_URL: `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'diana-sandbox-anywhere-')),
      });
      try {
        expect(diana.output()).toMatch(
          /"level":40.*SANDBOX=1: the sandbox runs on the database of DATABASE_URL and listens on 0\.0\.0\.0; anyone who reaches it/,
        );
        expect((await fetch(`${diana.url}/health`)).status).toBe(200);
      } finally {
        expect((await diana.terminate()).code).toBe(0);
      }
    } finally {
      await database.close();
      await dropSchema(POSTGRES_URL, schema);
    }
  }, 120_000);
});
