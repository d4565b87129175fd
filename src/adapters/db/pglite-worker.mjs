// The embedded PostgreSQL runs in this worker thread, so SQL executes on its own core while the main thread
// handles Telegram and HTTP. Plain JavaScript on purpose: it loads the same way under tsx, vitest and node.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
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

try {
  const { dataDir, templateFile } = workerData;
  const pg = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    // A bot's database is small and the kernel caches its files: small buffers keep the process light.
    startParams: [...PGlite.defaultStartParams, ...MEMORY_SETTINGS],
    ...(templateFile ? { loadDataDir: new Blob([readFileSync(templateFile)]) } : {}),
    parsers: { [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
  });
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
