// `npm run restore -- FILE [--force]`: restores a backup into the configured database, in one transaction (all
// of it or nothing). The database is brought to the latest schema first; a database that already holds data is
// refused unless --force, which replaces everything in it. Stop the bot while restoring.
import { migrateToLatest } from '../adapters/db/migrate.ts';
import { restoreSnapshotFile, SnapshotError } from '../adapters/db/snapshot.ts';
import { reconcile } from '../app/reconcile.ts';
import { withConfiguredDatabase } from './database.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [file, ...extra] = args.filter((a) => a !== '--force');

await withConfiguredDatabase(async (database) => {
  if (!file || extra.length > 0) {
    console.error('usage: npm run restore -- FILE [--force]');
    return 1;
  }
  await migrateToLatest(database.db);
  try {
    const restored = await restoreSnapshotFile(database.db, file, { force });
    console.log(
      `restored ${restored.rows} rows in ${restored.tables} tables into the ${database.kind} database ` +
        `(backup of ${restored.header.createdAt} from the ${restored.header.source} database)`,
    );
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    console.error(`restore refused: ${error.message}`);
    return 2;
  }
  const report = await reconcile(database.db);
  if (report.problems.length > 0) {
    console.error(
      `the restored books do NOT balance: ${report.problems.length} problems (npm run reconcile)`,
    );
    return 3;
  }
  console.log(`books balanced: ${report.usersChecked} users checked`);
  return 0;
});
