// Builds, once per run, a migrated embedded database that every test starts from (a fresh PGlite takes
// seconds to initialise; loading a template takes about one).
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely } from 'kysely';
import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/adapters/db/migrate.ts';
import { PGliteClient } from '../../src/adapters/db/pglite-client.ts';
import { PGliteDialect } from '../../src/adapters/db/pglite-dialect.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const pglite = await PGliteClient.start({});
  const db = new Kysely({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db as never);
  const file = join(tmpdir(), `diana-pglite-template-${process.pid}.tar`);
  writeFileSync(file, await pglite.dump());
  await db.destroy();
  project.provide('pgliteTemplate', file);
}
