// `npm run reconcile`: checks the books (balances, awards, idempotency keys, shop stock and orders) and exits
// non-zero, naming what does not add up.
import { reconcile } from '../app/reconcile.ts';
import { withConfiguredDatabase } from './database.ts';

await withConfiguredDatabase(async ({ db, kind }) => {
  const report = await reconcile(db);
  if (report.problems.length === 0) {
    console.log(`books balanced: ${report.usersChecked} users checked on ${kind}`);
    return 0;
  }
  console.error(`books do NOT balance (${report.problems.length} problems on ${kind}):`);
  for (const problem of report.problems) console.error(`  ${problem}`);
  return 2;
});
