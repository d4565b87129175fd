// Backups on both databases: backup → a fresh database → restore gives every table back row for row (people,
// ledger, saves, progress, VIP, jobs, audit) with the books clean and the sequences past the restored ids; a
// non-empty database is refused without force and replaced with it (the append-only guards stay on after);
// a damaged or incomplete file restores nothing; the embedded database moves to PostgreSQL.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { transact } from '../../src/adapters/db/repositories/events.ts';
import {
  restoreSnapshotFile,
  SnapshotError,
  tableContents,
  writeSnapshotFile,
} from '../../src/adapters/db/snapshot.ts';
import { BACKUP_JOB, backupFileName, backupJob, scheduleBackup } from '../../src/app/backups.ts';
import { JobRunner } from '../../src/app/jobs/runner.ts';
import { award } from '../../src/app/ledger.ts';
import { reconcile } from '../../src/app/reconcile.ts';
import { populateCommunity } from '../support/community.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { addUser, economyApp } from '../support/economy.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'diana-backup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.each(DATABASE_KINDS)('backup and restore (%s)', (kind) => {
  let source: Database;
  let file: string;
  let before: Record<string, string[]>;
  let summary: Awaited<ReturnType<typeof writeSnapshotFile>>;

  beforeAll(async () => {
    source = await freshDatabase(kind);
    await populateCommunity(economyApp(source), 1000);
    file = join(dir, `${kind}.diana-backup.gz`);
    before = await tableContents(source.db);
    summary = await writeSnapshotFile(source.db, kind, file);
  });
  afterAll(() => source?.close());

  it('restores every table row for row into a fresh database, books clean', async () => {
    const kept = [
      'users',
      'transactions',
      'orders',
      'story_saves',
      'goal_progress',
      'vip_grants',
      'jobs',
      'audit_log',
    ];
    for (const table of kept) {
      expect(summary.counts[table], table).toBeGreaterThan(0);
    }
    const target = await freshDatabase(kind);
    try {
      const restored = await restoreSnapshotFile(target.db, file);
      expect(restored.counts).toEqual(summary.counts);
      expect(await tableContents(target.db)).toEqual(before);
      expect((await reconcile(target.db)).problems).toEqual([]);
      // New rows continue after the restored ids.
      const app = economyApp(target);
      await populateCommunity(app, 2000, 1);
      expect((await reconcile(target.db)).problems).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that is not empty, changing nothing; with force replaces it', async () => {
    const target = await freshDatabase(kind);
    try {
      await populateCommunity(economyApp(target), 5000, 1);
      const theirs = await tableContents(target.db);
      await expect(restoreSnapshotFile(target.db, file)).rejects.toThrow(
        /not empty: restore refused \(add --force/,
      );
      expect(await tableContents(target.db)).toEqual(theirs);
      // A forced restore of an incomplete file leaves the database as it was.
      const lines = gunzipSync(await readFile(file))
        .toString()
        .trimEnd()
        .split('\n');
      const cut = join(dir, `${kind}-force-cut.gz`);
      await writeFile(cut, gzipSync(`${lines.slice(0, -3).join('\n')}\n`));
      await expect(restoreSnapshotFile(target.db, cut, { force: true })).rejects.toThrow(/incomplete/);
      expect(await tableContents(target.db)).toEqual(theirs);
      await restoreSnapshotFile(target.db, file, { force: true });
      expect(await tableContents(target.db)).toEqual(before);
      // The append-only guards are back on.
      await expect(sql`DELETE FROM transactions`.execute(target.db)).rejects.toThrow(/append-only/);
      await expect(sql`UPDATE audit_log SET reason = 'x'`.execute(target.db)).rejects.toThrow(/append-only/);
      await expect(sql`TRUNCATE transactions`.execute(target.db)).rejects.toThrow(/append-only/);
    } finally {
      await target.close();
    }
  });

  it('restores nothing from an incomplete, damaged or foreign file', async () => {
    const lines = gunzipSync(await readFile(file))
      .toString()
      .trimEnd()
      .split('\n');
    const cut = join(dir, `${kind}-cut.gz`);
    await writeFile(cut, gzipSync(`${lines.slice(0, -1).join('\n')}\n`));
    const badRow = join(dir, `${kind}-bad.gz`);
    const userRow = lines.findIndex((l) => l.startsWith('{"id":1000,'));
    const damaged = [...lines];
    damaged[userRow] = '{"id":"not a number"}';
    await writeFile(badRow, gzipSync(`${damaged.join('\n')}\n`));
    const plain = join(dir, `${kind}-plain.txt`);
    await writeFile(plain, 'hello');
    const target = await freshDatabase(kind);
    try {
      await expect(restoreSnapshotFile(target.db, cut)).rejects.toThrow(/incomplete/);
      await expect(restoreSnapshotFile(target.db, badRow)).rejects.toThrow();
      await expect(restoreSnapshotFile(target.db, plain)).rejects.toThrow(SnapshotError);
      await expect(restoreSnapshotFile(target.db, join(dir, 'missing.gz'))).rejects.toThrow(/no such file/);
      const counts = await sql<{ n: number }>`SELECT count(*)::int AS n FROM users`.execute(target.db);
      expect(counts.rows[0]?.n).toBe(0);
      // Still usable after the refusals.
      await restoreSnapshotFile(target.db, file);
      expect(await tableContents(target.db)).toEqual(before);
    } finally {
      await target.close();
    }
  });
});

describe.each(DATABASE_KINDS)('scheduled backups (%s)', (kind) => {
  it('takes one per period from the jobs runner, keeps the last ones and schedules the next', async () => {
    const database = await freshDatabase(kind);
    try {
      const app = economyApp(database);
      await addUser(app, 1000);
      await transact(app.db, (tx) =>
        award(tx, app.pack, app.clock.now(), { userId: 1000, base: 50, reason: 'mission', key: 'm:1000' }),
      );
      const folder = join(dir, `scheduled-${kind}`);
      const jobs = new JobRunner(app, {
        [BACKUP_JOB]: backupJob(app, database, { dir: folder, everyHours: 6, keep: 2 }),
      });
      expect(await scheduleBackup(app, 6)).toBe(true);
      expect(await scheduleBackup(app, 6)).toBe(false);
      for (let run = 0; run < 3; run++) {
        app.clock.advance(6 * 3_600_000);
        expect(await jobs.runDue()).toBe(true);
        expect(await jobs.runDue()).toBe(false);
      }
      const files = (await readdir(folder)).sort();
      expect(files).toEqual([
        backupFileName(new Date('2026-01-16T06:00:00Z')),
        backupFileName(new Date('2026-01-16T12:00:00Z')),
      ]);
      const next = await app.db
        .selectFrom('jobs')
        .select(['run_at', 'status'])
        .where('kind', '=', BACKUP_JOB)
        .where('status', '=', 'pending')
        .execute();
      expect(next).toEqual([{ run_at: new Date('2026-01-16T18:00:00Z'), status: 'pending' }]);
      // The newest file restores.
      const target = await freshDatabase(kind);
      try {
        await restoreSnapshotFile(target.db, join(folder, files[1] ?? ''));
        expect((await reconcile(target.db)).problems).toEqual([]);
      } finally {
        await target.close();
      }
    } finally {
      await database.close();
    }
  });
});

describe('the embedded database moves to PostgreSQL', () => {
  it('carries every table across, books clean', async () => {
    const embedded = await freshDatabase('embedded');
    const postgres = await freshDatabase('postgres');
    try {
      await populateCommunity(economyApp(embedded), 1000);
      const file = join(dir, 'move.diana-backup.gz');
      await writeSnapshotFile(embedded.db, 'embedded', file);
      await restoreSnapshotFile(postgres.db, file);
      expect(await tableContents(postgres.db)).toEqual(await tableContents(embedded.db));
      expect((await reconcile(postgres.db)).problems).toEqual([]);
    } finally {
      await embedded.close();
      await postgres.close();
    }
  });
});
