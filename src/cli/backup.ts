// `npm run backup [-- --out FILE]`: a consistent snapshot of the whole database into FILE (default: a new file in
// BACKUP_DIR). On the embedded database, stop the bot first (one process at a time owns its data directory) or
// use the scheduled backups (BACKUP_EVERY_HOURS), which the running bot takes itself.
import { resolve } from 'node:path';
import { writeSnapshotFile } from '../adapters/db/snapshot.ts';
import { takeBackup } from '../app/backups.ts';
import { loadConfig } from '../config.ts';
import { withConfiguredDatabase } from './database.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : undefined;

await withConfiguredDatabase(async (database) => {
  if (at >= 0 && !out) {
    console.error('usage: npm run backup -- [--out FILE]');
    return 1;
  }
  const started = Date.now();
  const now = new Date();
  const taken = out
    ? { ...(await writeSnapshotFile(database.db, database.kind, resolve(out), now)), file: resolve(out) }
    : await takeBackup(database, loadConfig().backupDir, now);
  console.log(
    `backup of the ${database.kind} database written to ${taken.file}: ${taken.rows} rows in ${taken.tables} tables (${Date.now() - started} ms)`,
  );
  return 0;
});
