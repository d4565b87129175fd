// Makes a new embedded database from its template: `node unpack-template.mjs <dataDir> <template>` unpacks the
// template's files in place, in a short-lived process of its own, so the memory that takes goes with it. Plain
// JavaScript that loads nothing but Node's own modules: the process starts and ends in a moment.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

const BLOCK = 512;

/** A field of a tar header: NUL-terminated text, or an octal number. */
const text = (header, from, length) =>
  header
    .subarray(from, from + length)
    .toString('utf8')
    .replace(/\0.*$/s, '');
const octal = (header, from, length) => Number.parseInt(text(header, from, length).trim() || '0', 8);

/**
 * Unpacks a template (a gzipped tar of a data directory, as PGlite dumps it) into a new data directory, without
 * starting the database: plain files and folders only, every path inside the folder. A template it cannot read
 * leaves no folder behind and throws.
 */
function unpackTemplate(file, dataDir) {
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
      if (path !== partial && !path.startsWith(partial + sep)) {
        throw new Error(`a template entry outside its folder: ${name}`);
      }
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

try {
  const [dataDir, template] = process.argv.slice(2);
  if (!dataDir || !template) throw new Error('usage: unpack-template.mjs <dataDir> <template>');
  unpackTemplate(template, dataDir);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
