// `npm start` as a process: the sandbox works over HTTP, SIGTERM stops it cleanly within 10 s, a restart keeps
// every user, balance and chat, the books reconcile, and bad configuration fails in one line.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { runToExit, runTool, startProcess } from '../support/process.ts';

async function api(url: string, path: string, body?: unknown) {
  const response = await fetch(`${url}/sandbox/api${path}`, {
    ...(body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return response.json() as Promise<{ messages?: Message[] }>;
}

async function waitForBotMessage(
  url: string,
  userId: number,
  match: (m: Message) => boolean,
): Promise<Message> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const { messages = [] } = await api(url, `/chats/${userId}`);
    const found = messages.find((m) => m.from?.is_bot && match(m));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot did not answer');
}

describe('the Diana process', () => {
  it('stops on SIGTERM and comes back with every user, balance and chat', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'diana-process-'));
    const env = { DATA_DIR: dataDir };
    const first = await startProcess(env);
    const health = await fetch(`${first.url}/ready`).then((r) => r.json());
    expect(health).toEqual({ status: 'ready', database: true, bot: 'polling' });

    await api(first.url, '/users', { id: 4242, first_name: 'Ana', language_code: 'es' });
    await api(first.url, '/chats/4242/messages', { text: '/start' });
    await waitForBotMessage(first.url, 4242, (m) => Boolean(m.text?.includes('Lucien')));
    // The background workers unlock "Primeros pasos" (+50) and Lucien announces it.
    await waitForBotMessage(first.url, 4242, (m) => Boolean(m.text?.includes('Primeros pasos')));

    const stopped = await first.terminate();
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);

    const second = await startProcess(env);
    try {
      const { messages = [] } = await api(second.url, '/chats/4242');
      expect(messages.some((m) => m.text?.includes('Lucien'))).toBe(true);
      await api(second.url, '/chats/4242/messages', { text: '/diana' });
      const menu = await waitForBotMessage(second.url, 4242, (m) => Boolean(m.reply_markup));
      expect(menu.text).toContain('💋 70 besitos');
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
