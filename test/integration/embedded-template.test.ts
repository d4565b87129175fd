// A new embedded database is unpacked from its template (by a short-lived process); a template that is damaged,
// or that names a path outside its folder, leaves nothing behind.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/database.ts';
import { createInProcess } from '../../src/adapters/db/pglite-client.ts';

const work = mkdtempSync(join(tmpdir(), 'diana-template-'));

/** A gzipped tar of these files (ustar headers, as PGlite writes them). */
function tarOf(files: Record<string, string>): string {
  const blocks: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    header.write(name, 0, 100);
    header.write('0000644\0', 100);
    header.write(`${Buffer.byteLength(content).toString(8).padStart(11, '0')}\0`, 124);
    header.write('0', 156);
    header.write('ustar\0', 257);
    const body = Buffer.alloc(Math.ceil(Buffer.byteLength(content) / 512) * 512);
    body.write(content);
    blocks.push(header, body);
  }
  const file = join(work, `t${blocks.length}-${Object.keys(files).join('').length}.tar.gz`);
  writeFileSync(file, gzipSync(Buffer.concat([...blocks, Buffer.alloc(1024)])));
  return file;
}

describe('the embedded database template', () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('opens a database unpacked from the install’s template, migrated and empty', async () => {
    const dataDir = join(work, 'fresh');
    const database = await openDatabase({ dataDir });
    try {
      expect(existsSync(join(dataDir, 'pglite', 'PG_VERSION'))).toBe(true);
      const users = await database.db
        .selectFrom('users')
        .select((e) => e.fn.countAll().as('n'))
        .execute();
      expect(Number(users[0]?.n)).toBe(0);
    } finally {
      await database.close();
    }
  });

  it('refuses a path outside the folder and leaves nothing behind', async () => {
    const dataDir = join(work, 'escape');
    const file = tarOf({ PG_VERSION: '17', '../outside': 'x' });
    await expect(createInProcess(dataDir, file)).rejects.toThrow(/outside its folder/);
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(join(work, 'outside'))).toBe(false);
  });

  it('refuses a template that holds no database, and one that is not a template', async () => {
    const dataDir = join(work, 'empty');
    await expect(createInProcess(dataDir, tarOf({ 'base/1': 'x' }))).rejects.toThrow(/holds no database/);
    const garbage = join(work, 'garbage.tar.gz');
    writeFileSync(garbage, 'not a template');
    await expect(createInProcess(dataDir, garbage)).rejects.toThrow(/could not be made/);
    expect(existsSync(dataDir)).toBe(false);
  });
});
