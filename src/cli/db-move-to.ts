// `npm run db:move-to -- postgres://… [--force]`: moves everything from the configured database (normally the
// embedded one) to a PostgreSQL database: a backup of the source is written to BACKUP_DIR (and kept), the target
// is migrated and the backup restored into it in one transaction; a target that already holds data is refused
// unless --force. Stop the bot first; afterwards start it with DATABASE_URL set to the target.
import { type Database, openDatabase } from '../adapters/db/database.ts';
import { migrateToLatest } from '../adapters/db/migrate.ts';
import { restoreSnapshotFile, SnapshotError } from '../adapters/db/snapshot.ts';
import { takeBackup } from '../app/backups.ts';
import { reconcile } from '../app/reconcile.ts';
import { loadConfig } from '../config.ts';
import { withConfiguredDatabase } from './database.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [url, ...extra] = args.filter((a) => a !== '--force');

await withConfiguredDatabase(async (source) => {
  if (!url || extra.length > 0 || !/^postgres(ql)?:\/\/\S+$/.test(url)) {
    console.error('usage: npm run db:move-to -- postgres://user@host:5432/db [--force]');
    return 1;
  }
  const config = loadConfig();
  if (config.databaseUrl === url) {
    console.error('the target is the database Diana uses already (DATABASE_URL)');
    return 1;
  }
  const backup = await takeBackup(source, config.backupDir, new Date());
  console.log(`backup of the ${source.kind} database written to ${backup.file}: ${backup.rows} rows`);
  let target: Database;
  try {
    target = await openDatabase({ url, poolSize: 2 });
    await migrateToLatest(target.db);
  } catch (error) {
    // The URL may carry a password: name the problem, not the URL.
    console.error(`cannot use the target PostgreSQL database: ${(error as Error).message}`);
    return 1;
  }
  try {
    const restored = await restoreSnapshotFile(target.db, backup.file, { force });
    const report = await reconcile(target.db);
    if (report.problems.length > 0) {
      console.error(`moved, but the books do NOT balance on the target: ${report.problems.length} problems`);
      return 3;
    }
    console.log(
      `moved ${restored.rows} rows in ${restored.tables} tables to PostgreSQL; books balanced ` +
        `(${report.usersChecked} users). Start Diana with DATABASE_URL set to the target.`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    console.error(`move refused: ${error.message}`);
    return 2;
  } finally {
    await target.close();
  }
});
