// `npm run db:migrate` applies every pending migration; `npm run db:rollback` undoes the latest one
// (`-- --all` undoes them all).
import { migrateToLatest, rollbackAll, rollbackOne } from '../adapters/db/migrate.ts';
import { withConfiguredDatabase } from './database.ts';

const [direction = 'up', ...flags] = process.argv.slice(2);

await withConfiguredDatabase(async ({ db, kind }) => {
  if (direction === 'up') {
    const applied = await migrateToLatest(db);
    console.log(
      applied.length ? `applied on ${kind}: ${applied.join(', ')}` : `already up to date (${kind})`,
    );
  } else {
    const undone = flags.includes('--all') ? await rollbackAll(db) : await rollbackOne(db);
    console.log(
      undone.length ? `rolled back on ${kind}: ${undone.join(', ')}` : `nothing to roll back (${kind})`,
    );
  }
  return 0;
});
