// Backups: one file per snapshot of the whole database (see adapters/db/snapshot.ts), named after the moment it
// was taken so the names sort by age. The scheduled backup is a durable job that schedules its next run (every
// BACKUP_EVERY_HOURS) and keeps the last BACKUP_KEEP files of its folder. On the embedded database a backup
// holds its one connection while it reads, so other work waits for it (seconds for a community of thousands).
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../adapters/db/database.ts';
import { scheduleJob } from '../adapters/db/repositories/jobs.ts';
import { type SnapshotSummary, writeSnapshotFile } from '../adapters/db/snapshot.ts';
import type { JobHandler } from './jobs/runner.ts';
import type { AppContext } from './services.ts';

export const BACKUP_JOB = 'backup';
const HOUR_MS = 3_600_000;
const BACKUP_FILE = /^diana-\d{8}T\d{6}Z\.backup\.gz$/;

export interface BackupSettings {
  dir: string;
  /** Unset: scheduled backups are off (a job left from before does nothing). */
  everyHours: number | undefined;
  keep: number;
}

/** `diana-20261129T190700Z.backup.gz`: sortable, and safe on every file system. */
export function backupFileName(at: Date): string {
  return `diana-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.backup.gz`;
}

/** Takes a backup into `dir`; the file and what it holds. */
export async function takeBackup(
  database: Pick<Database, 'db' | 'kind'>,
  dir: string,
  at: Date,
): Promise<SnapshotSummary & { file: string }> {
  const file = join(dir, backupFileName(at));
  const summary = await writeSnapshotFile(database.db, database.kind, file, at);
  return { ...summary, file };
}

/** Removes all but the newest `keep` backups of `dir`; the files removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => BACKUP_FILE.test(f)).sort();
  const old = files.slice(0, Math.max(0, files.length - keep));
  for (const name of old) await rm(join(dir, name), { force: true });
  return old;
}

/** Schedules the next backup at the start of the next period (one job per period, whoever schedules it). */
export function scheduleBackup(
  app: AppContext,
  everyHours: number,
  after = app.clock.now(),
): Promise<boolean> {
  const period = everyHours * HOUR_MS;
  const next = Math.floor(after.getTime() / period) * period + period;
  return scheduleJob(app.db, { kind: BACKUP_JOB, key: `${BACKUP_JOB}:${next}`, runAt: new Date(next) });
}

export function backupJob(
  app: AppContext,
  database: Pick<Database, 'db' | 'kind'>,
  settings: BackupSettings,
): JobHandler {
  return async () => {
    const everyHours = settings.everyHours;
    if (!everyHours) {
      app.log.info(
        'scheduled backups are off (BACKUP_EVERY_HOURS unset): a backup left scheduled is skipped',
      );
      return;
    }
    const now = app.clock.now();
    const started = Date.now();
    const taken = await takeBackup(database, settings.dir, now);
    const removed = await pruneBackups(settings.dir, settings.keep);
    app.log.info(
      { file: taken.file, rows: taken.rows, ms: Date.now() - started, removed: removed.length },
      'backup taken',
    );
    await scheduleBackup(app, everyHours, now);
  };
}
