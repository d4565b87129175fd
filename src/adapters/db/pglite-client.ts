// The main thread's handle on the embedded PostgreSQL running in pglite-worker.mjs: every call is a message,
// answered in order. Errors come back with PostgreSQL's code, constraint and detail, like node-postgres'.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { installPath } from '../../install-root.ts';
import { bestTemplate, saveTemplate } from './embedded-template.ts';

export interface SqlResult<R = unknown> {
  rows: R[];
  affectedRows?: number;
}

export interface EmbeddedOptions {
  /** A directory to keep the database in; omitted means in memory. */
  dataDir?: string;
  /** A dump (tar) of a data directory to start from. */
  templateFile?: string;
  /** The code's migrations: a new database in `dataDir` starts from a template with these applied, if any. */
  migrations?: readonly string[];
}

export class EmbeddedDatabaseError extends Error {
  code?: string;
  detail?: string;
  constraint?: string;
}

const WORKER = installPath('src', 'adapters', 'db', 'pglite-worker.mjs');
const UNPACKER = installPath('src', 'adapters', 'db', 'unpack-template.mjs');

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class PGliteClient {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: { id: number; result?: unknown; error?: Record<string, string> }) => {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      if (message.error) call.reject(toError(message.error));
      else call.resolve(message.result);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('the embedded database stopped')));
  }

  static async start(options: EmbeddedOptions): Promise<PGliteClient> {
    if (options.dataDir && !options.templateFile && !existsSync(join(options.dataDir, 'PG_VERSION'))) {
      // A new database. PGlite's memory stays at its high-water mark for the life of its thread, so the heavy
      // steps of making one happen elsewhere and a fresh thread opens the result. From a template (in about a
      // second), a short-lived process unpacks its files in place, and the memory unpacking takes goes with it;
      // the template was dumped after a checkpoint, so the database opens as if it had been shut down cleanly
      // (nothing to replay). Without one, initdb runs in a thread of its own (up to ~800 MB, given back only in
      // part), and its result is kept as the template for next time.
      const template = bestTemplate(options.migrations ?? []);
      if (template) await createInProcess(options.dataDir, template);
      else {
        const creator = await PGliteClient.spawn(options);
        saveTemplate(await creator.dump('gzip'));
        await creator.close();
      }
    }
    return PGliteClient.spawn(options);
  }

  /** A fresh database in memory, prepared by `prepare` (migrations), dumped as a template. */
  static async createTemplate(prepare: (client: PGliteClient) => Promise<void>): Promise<Uint8Array> {
    const creator = await PGliteClient.spawn({});
    try {
      await prepare(creator);
      return await creator.dump('gzip');
    } finally {
      await creator.close();
    }
  }

  private static async spawn(options: EmbeddedOptions): Promise<PGliteClient> {
    const worker = new Worker(WORKER, {
      workerData: options,
    });
    await new Promise<void>((resolve, reject) => {
      worker.once('message', (message: { ready: boolean; error?: Record<string, string> }) =>
        message.ready ? resolve() : reject(toError(message.error ?? {})),
      );
      worker.once('error', reject);
    });
    return new PGliteClient(worker);
  }

  /**
   * Runs one statement, in the same round trip as the script that opens its transaction (`begin`: BEGIN, or a
   * savepoint) and the one that ends it (`end`: COMMIT, or the savepoint's release); if the statement or `end`
   * fails, `undo` (ROLLBACK, or back to the savepoint) runs instead.
   */
  query<R>(
    sql: string,
    params: readonly unknown[],
    around: { begin?: string | undefined; end?: string | undefined; undo?: string | undefined } = {},
  ): Promise<SqlResult<R>> {
    return this.call('query', { sql, params, ...around }) as Promise<SqlResult<R>>;
  }

  /**
   * Runs a script of statements (simple protocol); returns the last statement's result. If it fails, `undo`
   * runs (a transaction's end that failed is rolled back) before any later call.
   */
  exec<R>(
    sql: string,
    around: { begin?: string | undefined; undo?: string | undefined } = {},
  ): Promise<SqlResult<R>> {
    return this.call('exec', { sql, ...around }) as Promise<SqlResult<R>>;
  }

  /** A tar dump of the data directory (new databases and tests start from templates). */
  async dump(compression: 'none' | 'gzip' = 'none'): Promise<Uint8Array> {
    return (await this.call('dump', { compression })) as Uint8Array;
  }

  async close(): Promise<void> {
    await this.call('close', {});
    await this.worker.terminate();
  }

  private call(op: string, payload: object): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...payload });
    });
  }

  private failAll(error: Error): void {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}

/** Makes a new database in `dataDir` from a template (unpacks it), in a process of its own. */
export async function createInProcess(dataDir: string, template: string): Promise<void> {
  const child = spawn(process.execPath, [UNPACKER, dataDir, template], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0)
    throw new Error(`the new embedded database could not be made: ${stderr.trim() || `exit ${code}`}`);
}

function toError(fields: Record<string, string>): EmbeddedDatabaseError {
  const error = new EmbeddedDatabaseError(fields.message ?? 'embedded database error');
  Object.assign(error, fields);
  return error;
}
