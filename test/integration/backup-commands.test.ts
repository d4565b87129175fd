// The commands an operator types: `npm run backup`, `npm run restore` (refused on a database with data unless
// --force) and `npm run db:move-to`, on an embedded database in a folder, the way they run in production.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropSchema, openDatabase } from '../../src/adapters/db/database.ts';
import { migrateToLatest } from '../../src/adapters/db/migrate.ts';
import { tableContents } from '../../src/adapters/db/snapshot.ts';
import { populateCommunity } from '../support/community.ts';
import { POSTGRES_URL } from '../support/databases.ts';
import { economyApp } from '../support/economy.ts';

const run = promisify(execFile);
const command = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe('backup, restore and move commands', () => {
  let dir: string;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const target = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'diana-backup-cli-'));
    const database = await openDatabase({ dataDir: join(dir, 'a') });
    await migrateToLatest(database.db);
    await populateCommunity(economyApp(database), 1000, 2);
    await database.close();
    const admin = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 1 });
    await admin.close();
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await dropSchema(POSTGRES_URL, schema);
  });

  it('backs up, refuses a restore over data without --force, restores with it and into a new folder', async () => {
    const a = { DATA_DIR: join(dir, 'a') };
    const file = join(dir, 'one.backup.gz');
    expect(await command('backup', ['--out', file], a)).toEqual({
      code: 0,
      out: expect.stringMatching(/^backup of the embedded database written to .*one\.backup\.gz: \d+ rows/),
    });
    const refused = await command('restore', [file], a);
    expect(refused).toEqual({ code: 2, out: expect.stringContaining('not empty: restore refused') });
    expect(await command('restore', [file, '--force'], a)).toEqual({
      code: 0,
      out: expect.stringContaining('books balanced: 2 users checked'),
    });
    expect(await command('restore', [file], { DATA_DIR: join(dir, 'b') })).toEqual({
      code: 0,
      out: expect.stringContaining('books balanced: 2 users checked'),
    });
    // Without --out, into BACKUP_DIR.
    const scheduled = await command('backup', [], { ...a, BACKUP_DIR: join(dir, 'backups') });
    expect(scheduled.code).toBe(0);
    expect(await readdir(join(dir, 'backups'))).toEqual([
      expect.stringMatching(/^diana-\d{8}T\d{6}Z\.backup\.gz$/),
    ]);
  }, 120_000);

  it('moves the embedded database to PostgreSQL in one command', async () => {
    const env = { DATA_DIR: join(dir, 'a'), BACKUP_DIR: join(dir, 'moves') };
    const moved = await command('db-move-to', [target], env);
    expect(moved).toEqual({
      code: 0,
      out: expect.stringContaining('to PostgreSQL; books balanced (2 users)'),
    });
    expect(moved.out).not.toContain(POSTGRES_URL);
    expect(await command('db-move-to', [target], env)).toEqual({
      code: 2,
      out: expect.stringContaining('not empty'),
    });
    const embedded = await openDatabase({ dataDir: join(dir, 'a') });
    const postgres = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 1 });
    try {
      expect(await tableContents(postgres.db)).toEqual(await tableContents(embedded.db));
    } finally {
      await embedded.close();
      await postgres.close();
    }
  }, 120_000);
});
