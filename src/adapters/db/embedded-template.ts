// A new embedded database starts from a template: a compressed dump of a freshly created (initdb) database,
// made once per PGlite version and set of migrations — at install time (`npm install` runs
// `npm run db:template`, which also applies the migrations), or else by the first database created without
// one (before its migrations). Loading it takes a fraction of initdb's time and memory, so a first
// `npm start` answers within seconds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { installPath } from '../../install-root.ts';

function pgliteVersion(): string {
  const manifest = installPath('node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Where the template with exactly these migrations applied lives (none: a bare initdb), in npm's cache folder
 * of the project. Another set of migrations is another template, so a template never holds a migration the
 * code does not know.
 */
export function templatePath(migrations: readonly string[] = []): string {
  const applied = migrations.length
    ? `-${createHash('sha256').update(migrations.join('\n')).digest('hex').slice(0, 12)}`
    : '';
  return installPath('node_modules', '.cache', 'diana', `pglite-${pgliteVersion()}${applied}.tar.gz`);
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

const BLOCK = 512;

/** A field of a tar header: NUL-terminated text, or an octal number. */
const text = (header: Buffer, from: number, length: number) =>
  header
    .subarray(from, from + length)
    .toString('utf8')
    .replace(/\0.*$/s, '');
const octal = (header: Buffer, from: number, length: number) =>
  Number.parseInt(text(header, from, length).trim() || '0', 8);

/**
 * Unpacks a template (a gzipped tar of a data directory, as PGlite dumps it) into a new data directory, without
 * starting the database: plain files and folders only, every path inside the folder. The database then opens it
 * as one it made itself. A template it cannot read leaves no folder behind and throws.
 */
export function unpackTemplate(file: string, dataDir: string): void {
  const tar = gunzipSync(readFileSync(file));
  const root = normalize(dataDir);
  const partial = `${root}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  try {
    for (let at = 0; at + BLOCK <= tar.length; ) {
      const header = tar.subarray(at, at + BLOCK);
      if (header.every((byte) => byte === 0)) break;
      const name = [text(header, 345, 155), text(header, 0, 100)].filter(Boolean).join('/');
      const size = octal(header, 124, 12);
      const type = String.fromCharCode(header[156] ?? 0);
      const path = normalize(join(partial, name));
      if (path !== partial && !path.startsWith(partial + sep))
        throw new Error(`a template entry outside its folder: ${name}`);
      const mode = octal(header, 100, 8) || undefined;
      if (type === '5') mkdirSync(path, { recursive: true, mode });
      else if (type === '0' || type === '\0') {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, tar.subarray(at + BLOCK, at + BLOCK + size), { mode });
      } else throw new Error(`a template entry of an unknown kind (${JSON.stringify(type)}): ${name}`);
      at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    }
    if (!existsSync(join(partial, 'PG_VERSION'))) throw new Error('the template holds no database');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(dirname(root), { recursive: true });
    renameSync(partial, root);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
