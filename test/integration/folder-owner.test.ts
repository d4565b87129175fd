// One process at a time owns the embedded database's folder: a second opening (another process, or the same
// one twice) is refused with a clear message while the owner runs, and a folder whose owner was killed is
// taken over by the next process, as after kill -9; an owner in another container is judged by its file's
// heartbeat.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.ts';
import { DatabaseInUse, ownFolder } from '../../src/adapters/db/folder-owner.ts';

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'diana-owner-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const namespace = readlinkSync('/proc/self/ns/pid');
const startOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[19];
};
const ownerFile = (dir: string) => join(dir, 'pglite.pid');
const writeOwner = (dir: string, owner: object) =>
  writeFileSync(ownerFile(dir), `${JSON.stringify(owner)}\n`);

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
    writeOwner(dir, { pid: owner.pid, started: startOf(owner.pid), namespace });
    const refused = openDatabase({ dataDir: dir });
    await expect(refused).rejects.toBeInstanceOf(DatabaseInUse);
    await expect(refused).rejects.toThrow(`in use by process ${owner.pid} `);

    await owner.kill();
    const database = await openDatabase({ dataDir: dir });
    expect(JSON.parse(readFileSync(ownerFile(dir), 'utf8'))).toEqual({
      pid: process.pid,
      started: startOf(process.pid),
      namespace,
    });
    expect(await database.ping()).toBe(true);
    await database.close();
    expect(existsSync(ownerFile(dir))).toBe(false);
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

  it('takes over a file that names nobody, or an id reused since by another process', {
    timeout: 30_000,
  }, async () => {
    const other = await otherProcess();
    for (const content of [
      '',
      'not json',
      // This process's own id from an earlier life, and another running process's with another start.
      JSON.stringify({ pid: process.pid, started: '1', namespace }),
      JSON.stringify({ pid: other.pid, started: '1', namespace }),
    ]) {
      const dir = folder();
      writeFileSync(ownerFile(dir), content);
      const release = await ownFolder(dir);
      expect(JSON.parse(readFileSync(ownerFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
      release();
    }
    await other.kill();
  });

  it('waits for an owner in another container: refused while its file is kept fresh, taken once it is stale', {
    timeout: 30_000,
  }, async () => {
    const dir = folder();
    // Process 1 of another container: it cannot be asked about, only its file's heartbeat tells.
    writeOwner(dir, { pid: 1, started: '5', namespace: 'pid:[1]' });
    const heartbeat = setInterval(() => utimesSync(ownerFile(dir), new Date(), new Date()), 50);
    const refused = ownFolder(dir, { staleMs: 500 });
    await expect(refused).rejects.toThrow('in use by process 1 of another container or machine');
    clearInterval(heartbeat);

    // Its container stopped without removing the file (killed): once stale, the folder is taken.
    const waited = performance.now();
    const release = await ownFolder(dir, { staleMs: 500 });
    expect(performance.now() - waited).toBeGreaterThanOrEqual(400);
    expect(JSON.parse(readFileSync(ownerFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, namespace });
    release();
    expect(existsSync(ownerFile(dir))).toBe(false);
  });

  it('keeps its own file fresh while it holds the folder', { timeout: 30_000 }, async () => {
    const dir = folder();
    const release = await ownFolder(dir, { heartbeatMs: 50 });
    const past = new Date(Date.now() - 60_000);
    utimesSync(ownerFile(dir), past, past);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(Date.now() - statSync(ownerFile(dir)).mtimeMs).toBeLessThan(5_000);
    release();
  });
});
