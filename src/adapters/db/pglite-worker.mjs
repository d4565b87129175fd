// The embedded PostgreSQL runs in this worker thread, so SQL executes on its own core while the main thread
// handles Telegram and HTTP. Plain JavaScript on purpose: it loads the same way under tsx, vitest and node.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, protocol, parse as wire } from '@electric-sql/pglite';
import pgValues from 'pg/lib/utils.js';

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

/** How many statements stay prepared; the least recently used one is closed beyond that. */
const PREPARED_MAX = 256;
/** A script that changes the schema: a prepared statement must not outlive the shape of what it reads. */
const CHANGES_SCHEMA = /\b(create|alter|drop|truncate|comment|grant|revoke)\s/i;

/**
 * Statements with parameters run prepared: each SQL text is parsed (and, once PostgreSQL finds a generic plan
 * as good, planned) once per database, and every run is one message to the engine (bind, describe, execute,
 * sync), where a plain query is parsed, described and planned again each time. Values are sent as text the way
 * node-postgres sends them, so both databases receive the same values.
 */
class PreparedStatements {
  /** SQL text → statement name, least recently used first. */
  names = new Map();
  /** Names to close with the next message (evicted, or left in doubt by an error). */
  closing = [];
  count = 0;

  async run(pg, sql, params) {
    const messages = this.closing.splice(0).map((name) => protocol.serialize.close({ type: 'S', name }));
    let name = this.names.get(sql);
    if (name) this.names.delete(sql);
    else {
      if (this.names.size >= PREPARED_MAX) {
        const [oldest, oldestName] = this.names.entries().next().value;
        this.names.delete(oldest);
        messages.push(protocol.serialize.close({ type: 'S', name: oldestName }));
      }
      name = `diana_${++this.count}`;
      messages.push(protocol.serialize.parse({ name, text: sql, types: [] }));
    }
    this.names.set(sql, name);
    messages.push(
      protocol.serialize.bind({ statement: name, values: params.map(toParameter) }),
      protocol.serialize.describe({ type: 'P' }),
      protocol.serialize.execute({}),
      protocol.serialize.sync(),
    );
    try {
      const { messages: answer } = await pg.execProtocol(joined(messages));
      const [result] = wire.parseResults(answer, pg.parsers);
      return { rows: result?.rows ?? [], affectedRows: result?.affectedRows };
    } catch (error) {
      // The statement may not exist (its parse failed): it is prepared afresh next time.
      this.names.delete(sql);
      this.closing.push(name);
      throw error;
    }
  }

  /** After a change of schema: every statement is prepared afresh. */
  forgetAll() {
    this.closing.push(...this.names.values());
    this.names.clear();
  }
}

/** Bytes go as they are (binary); anything else as node-postgres renders it. */
const toParameter = (value) => (ArrayBuffer.isView(value) ? value : pgValues.prepareValue(value));

function joined(parts) {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

const statements = new PreparedStatements();

const handlers = {
  query: async (pg, { sql, params, begin, end, undo }) => {
    // A transaction's opening (BEGIN, or a SAVEPOINT in a group) travels with its first statement, and its end
    // (COMMIT, or the savepoint's release) may travel with its last: a round trip fewer each. When the last
    // statement or its end fails, `undo` rolls the transaction (or the savepoint) back here.
    if (begin) await pg.exec(begin);
    let r;
    try {
      r = await statements.run(pg, sql, params);
      if (end) await pg.exec(end);
    } catch (error) {
      // The statement's error is the one to report; a failed undo (the transaction already ended) is not.
      if (undo) await pg.exec(undo).catch(() => undefined);
      throw error;
    }
    return r;
  },
  exec: async (pg, { sql, begin, undo }) => {
    if (begin) await pg.exec(begin);
    try {
      const r = (await pg.exec(sql)).at(-1);
      return { rows: r?.rows ?? [], affectedRows: r?.affectedRows };
    } catch (error) {
      // A transaction's end that failed is undone here, before any later call runs.
      if (undo) await pg.exec(undo).catch(() => undefined);
      throw error;
    } finally {
      if (CHANGES_SCHEMA.test(sql)) statements.forgetAll();
    }
  },
  // After a checkpoint, a database made from the dump opens without replaying anything (no recovery).
  dump: async (pg, { compression }) => {
    await pg.exec('CHECKPOINT');
    return new Uint8Array(await (await pg.dumpDataDir(compression ?? 'none')).arrayBuffer());
  },
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

// Serves the main thread's calls.
try {
  const pg = await open(workerData);
  // One call at a time, in the order they came: the engine is one connection, and a prepared statement's
  // messages must not interleave with another call's.
  let previous = Promise.resolve();
  const serve = async (message) => {
    try {
      const result = await handlers[message.op](pg, message);
      parentPort.postMessage({ id: message.id, result });
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: describeError(error) });
    }
  };
  parentPort.on('message', (message) => {
    previous = previous.then(() => serve(message));
  });
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: describeError(error) });
}
