// The embedded PostgreSQL runs in this worker thread, so SQL executes on its own core while the main thread
// handles Telegram and HTTP (run as a process, it makes a new database from a template: see the end). Plain JavaScript on purpose: it loads the same way under tsx, vitest and node.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';

const MEMORY_SETTINGS = ['-c', 'shared_buffers=16MB', '-c', 'maintenance_work_mem=16MB'];
const INT8_OID = 20;
const NUMERIC_OID = 1700;
// Amounts, ids and counts fit comfortably in a double; numbers keep both databases identical.
const toNumber = (value) => Number(value);

function describeError(error) {
  const copy = { name: error?.name ?? 'Error', message: error?.message ?? String(error) };
  for (const key of ['code', 'detail', 'constraint', 'table', 'column', 'schema', 'severity', 'hint']) {
    if (error && error[key] !== undefined) copy[key] = error[key];
  }
  return copy;
}

const handlers = {
  query: async (pg, { sql, params, begin, end, undo }) => {
    // A transaction's opening (BEGIN, or a SAVEPOINT in a group) travels with its first statement, and its end
    // (COMMIT, or the savepoint's release) may travel with its last: a round trip fewer each. When the last
    // statement or its end fails, `undo` rolls the transaction (or the savepoint) back here.
    if (begin) await pg.exec(begin);
    let r;
    try {
      r = await pg.query(sql, params);
      if (end) await pg.exec(end);
    } catch (error) {
      // The statement's error is the one to report; a failed undo (the transaction already ended) is not.
      if (undo) await pg.exec(undo).catch(() => undefined);
      throw error;
    }
    return { rows: r.rows, affectedRows: r.affectedRows };
  },
  exec: async (pg, { sql, begin }) => {
    if (begin) await pg.exec(begin);
    const r = (await pg.exec(sql)).at(-1);
    return { rows: r?.rows ?? [], affectedRows: r?.affectedRows };
  },
  dump: async (pg, { compression }) =>
    new Uint8Array(await (await pg.dumpDataDir(compression ?? 'none')).arrayBuffer()),
  close: async (pg) => {
    await pg.close();
    return null;
  },
};

/** The database in `dataDir` (or in memory), opened as this project runs it. */
function open({ dataDir, templateFile }) {
  return PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    // A bot's database is small and the kernel caches its files: small buffers keep the process light.
    startParams: [...PGlite.defaultStartParams, ...MEMORY_SETTINGS],
    ...(templateFile ? { loadDataDir: new Blob([readFileSync(templateFile)]) } : {}),
    parsers: { [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
  });
}

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
export function unpackTemplate(file, dataDir) {
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

if (parentPort) {
  // A worker thread: serves the main thread's calls.
  try {
    const pg = await open(workerData);
    parentPort.on('message', async (message) => {
      try {
        const result = await handlers[message.op](pg, message);
        parentPort.postMessage({ id: message.id, result });
      } catch (error) {
        parentPort.postMessage({ id: message.id, error: describeError(error) });
      }
    });
    parentPort.postMessage({ ready: true });
  } catch (error) {
    parentPort.postMessage({ ready: false, error: describeError(error) });
  }
} else {
  // A process of its own (`node pglite-worker.mjs <dataDir> <template>`): unpacks a new database from its
  // template, opens it once and closes it cleanly, then exits, and the memory that took goes with the process.
  try {
    const [dataDir, template] = process.argv.slice(2);
    if (!dataDir || !template) throw new Error('usage: pglite-worker.mjs <dataDir> <template>');
    unpackTemplate(template, dataDir);
    await (await open({ dataDir })).close();
  } catch (error) {
    process.stderr.write(`${describeError(error).message}\n`);
    process.exitCode = 1;
  }
}
