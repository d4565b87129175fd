// One process at a time owns the embedded database's folder: a second opening (another process, or the same
// one twice) is refused with a clear message while the owner runs, and a folder whose owner was killed is
// taken over by the next process, as after kill -9.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.ts';
import { DatabaseInUse } from '../../src/adapters/db/folder-owner.ts';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'diana-owner-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** When a process started, as the owner's file records it (the kernel's ticks since boot). */
const startOf = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19];

/** A process that runs until it is killed: the owner of a folder in these tests. */
async function otherProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  return {
    pid: child.pid!,
    kill: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGKILL');
      }),
  };
}

describe('the embedded database folder’s owner', () => {
  it('refuses a folder another running process holds, and takes it over once that process is killed', {
    timeout: 30_000,
  }, async () => {
    const dir = folder();
    const owner = await otherProcess();
    writeFileSync(join(dir, 'pglite.pid'), `${owner.pid} ${startOf(owner.pid)}\n`);
    const refused = openDatabase({ dataDir: dir });
    await expect(refused).rejects.toBeInstanceOf(DatabaseInUse);
    await expect(refused).rejects.toThrow(`in use by process ${owner.pid}`);

    await owner.kill();
    const database = await openDatabase({ dataDir: dir });
    expect(readFileSync(join(dir, 'pglite.pid'), 'utf8').trim()).toBe(
      `${process.pid} ${startOf(process.pid)}`,
    );
    expect(await database.ping()).toBe(true);
    await database.close();
    expect(existsSync(join(dir, 'pglite.pid'))).toBe(false);
  });

  it('refuses a second opening in the same process until the first is closed', {
    timeout: 30_000,
  }, async () => {
    const dir = folder();
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DatabaseInUse);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    expect(await second.ping()).toBe(true);
    await second.close();
  });

  it('takes over a file its owner left half-written, or naming an id a later process has taken', {
    timeout: 30_000,
  }, async () => {
    const other = await otherProcess();
    // This process's own id from an earlier life (a restarted container), or another process's with another
    // start than the owner's.
    const reused = [`${process.pid} 1\n`, `${process.pid}\n`, `${other.pid} 1\n`];
    for (const content of ['', ...reused]) {
      const dir = folder();
      writeFileSync(join(dir, 'pglite.pid'), content);
      const database = await openDatabase({ dataDir: dir });
      expect(await database.ping()).toBe(true);
      await database.close();
    }
    await other.kill();
  });
});
