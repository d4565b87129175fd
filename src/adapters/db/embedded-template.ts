// A new embedded database starts from a template: a compressed dump of a freshly created (initdb) database,
// made once per PGlite version and set of migrations — at install time (`npm install` runs
// `npm run db:template`, which also applies the migrations), or else by the first database created without
// one (before its migrations). Loading it takes a fraction of initdb's time and memory, so a first
// `npm start` answers within seconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { installPath } from '../../install-root.ts';

function pgliteVersion(): string {
  const manifest = installPath('node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** How templates are made: a template made another way is made again (2: dumped after a checkpoint). */
const TEMPLATE_FORMAT = 2;

/**
 * Where the template with exactly these migrations applied lives (none: a bare initdb), in npm's cache folder
 * of the project. Another set of migrations is another template, so a template never holds a migration the
 * code does not know.
 */
export function templatePath(migrations: readonly string[] = []): string {
  const applied = migrations.length
    ? `-${createHash('sha256').update(migrations.join('\n')).digest('hex').slice(0, 12)}`
    : '';
  return installPath(
    'node_modules',
    '.cache',
    'diana',
    `pglite-${pgliteVersion()}-f${TEMPLATE_FORMAT}${applied}.tar.gz`,
  );
}

/** The best template there is for a new database: migrated to these migrations, else bare, else none. */
export function bestTemplate(migrations: readonly string[]): string | undefined {
  return [templatePath(migrations), templatePath()].find((path) => existsSync(path));
}

/** Stores a template (written whole or not at all); false when the folder cannot be written. */
export function saveTemplate(dump: Uint8Array, migrations: readonly string[] = []): boolean {
  const path = templatePath(migrations);
  try {
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, dump);
    renameSync(partial, path);
    return true;
  } catch {
    return false;
  }
}
