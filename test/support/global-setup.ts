// Builds, once per run, a migrated embedded database that every test starts from (a fresh PGlite takes
// seconds to initialise; loading a template takes about one).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import type { TestProject } from 'vitest/node';
import { bestTemplate } from '../../src/adapters/db/embedded-template.ts';
import { migrateToLatest } from '../../src/adapters/db/migrate.ts';
import { MIGRATION_NAMES } from '../../src/adapters/db/migrations/index.ts';
import { PGliteClient } from '../../src/adapters/db/pglite-client.ts';
import { PGliteDialect } from '../../src/adapters/db/pglite-dialect.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  // What `npm start` serves, brought up to date as it does: the tests that run Diana as a process run the
  // bundle, the browser tests open the console.
  execFileSync(process.execPath, ['src/cli/build.mjs', '--if-stale'], { stdio: 'inherit' });
  // From the install's template when there is one (no initdb).
  const installed = bestTemplate(MIGRATION_NAMES);
  const pglite = await PGliteClient.start(installed ? { templateFile: installed } : {});
  const db = new Kysely({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db as never);
  const file = join(tmpdir(), `diana-pglite-template-${process.pid}.tar`);
  writeFileSync(file, await pglite.dump());
  await db.destroy();
  project.provide('pgliteTemplate', file);
}
