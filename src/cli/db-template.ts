// `npm run db:template` (run by `npm install`): makes, once per PGlite version and set of migrations, the
// migrated template every new embedded database starts from, so the first `npm start` waits neither for
// initdb nor for the migrations.
import { Kysely } from 'kysely';
import { bestTemplate, saveTemplate, templatePath } from '../adapters/db/embedded-template.ts';
import { migrateToLatest } from '../adapters/db/migrate.ts';
import { MIGRATION_NAMES } from '../adapters/db/migrations/index.ts';
import { PGliteClient } from '../adapters/db/pglite-client.ts';
import { PGliteDialect } from '../adapters/db/pglite-dialect.ts';

const path = templatePath(MIGRATION_NAMES);
if (bestTemplate(MIGRATION_NAMES) === path) {
  console.log(`embedded database template: ready (${path})`);
} else {
  console.log('embedded database template: preparing it once (about ten seconds)…');
  const dump = await PGliteClient.createTemplate(async (client) => {
    const db = new Kysely({ dialect: new PGliteDialect(client) });
    await migrateToLatest(db as never);
  });
  console.log(
    saveTemplate(dump, MIGRATION_NAMES)
      ? `embedded database template: ready (${path})`
      : 'embedded database template: could not be stored; the first start will prepare the database instead',
  );
}
