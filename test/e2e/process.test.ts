// `npm start` as a process: the sandbox works over HTTP, SIGTERM stops it cleanly within 10 s, a restart keeps
// every user, balance and chat, the books reconcile, and bad configuration fails in one line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'nonsense'],
    ['ADMIN_TELEGRAM_IDS', 'x,y'],
  ])('refuses %s=%s with one line and exit code 1', (variable, value) => {
    const result = runToExit({ [variable]: value, DATA_DIR: join(tmpdir(), 'diana-never-created') });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`${variable}="${value}" is invalid: expected`);
    expect(result.stdout).toBe('');
  });
});
