// A logical snapshot of every table, the same on both databases: one consistent read (REPEATABLE READ) of each
// table in foreign-key order, written as gzip-compressed JSON lines. PostgreSQL itself turns each row into JSON
// (`row_to_json`) and back (`json_populate_recordset`), so timestamps, numbers and documents survive exactly,
// whichever database made the file and whichever receives it. It is what `npm run backup` writes, what
// `npm run restore` reads, and how `npm run db:move-to` carries the embedded database to PostgreSQL.
//
// File: a header line, then for each table a section line and its rows (one JSON object per line), then an end
// line with the row count of every table; a file without its end line is incomplete and refused.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { Db, Executor } from './database.ts';

export const SNAPSHOT_FORMAT = 'diana-backup';
const SNAPSHOT_VERSION = 1;
/** Rows read per query, and written per insert. */
const BATCH = 1000;
/** The migrator's own bookkeeping: the target has its own, made by migrating it. */
const SKIPPED_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export interface SnapshotHeader {
  $: 'header';
  format: typeof SNAPSHOT_FORMAT;
  version: number;
  createdAt: string;
  source: string;
  migrations: string[];
  tables: string[];
}

export interface SnapshotSummary {
  tables: number;
  rows: number;
  counts: Record<string, number>;
}

const quote = (name: string) => sql.id(name);

/** The app's tables, parents before children (a table comes after every table it references). */
export async function tablesInDependencyOrder(db: Executor): Promise<string[]> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(db);
  const references = await sql<{ child: string; parent: string }>`
    SELECT c.relname AS child, p.relname AS parent
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_class p ON p.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = current_schema()`.execute(db);
  const names = tables.rows.map((t) => t.name).filter((name) => !SKIPPED_TABLES.has(name));
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of references.rows) {
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter(
      (n) => !placed.has(n) && [...(parents.get(n) ?? [])].every((p) => placed.has(p)),
    );
    if (ready.length === 0) throw new SnapshotError('the tables reference each other in a cycle');
    for (const name of ready) {
      ordered.push(name);
      placed.add(name);
    }
  }
  return ordered;
}

async function appliedMigrations(db: Executor): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Reads every table in one REPEATABLE READ transaction and hands each line of the snapshot to `write`, in order.
 */
export async function exportSnapshot(
  db: Db,
  source: string,
  write: (line: string) => Promise<void> | void,
  now: Date = new Date(),
): Promise<SnapshotSummary> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      await sql`SET TRANSACTION READ ONLY`.execute(tx);
      await sql`SET LOCAL TIME ZONE 'UTC'`.execute(tx);
      const tables = await tablesInDependencyOrder(tx);
      const header: SnapshotHeader = {
        $: 'header',
        format: SNAPSHOT_FORMAT,
        version: SNAPSHOT_VERSION,
        createdAt: now.toISOString(),
        source,
        migrations: await appliedMigrations(tx),
        tables,
      };
      await write(JSON.stringify(header));
      const counts: Record<string, number> = {};
      let total = 0;
      for (const table of tables) {
        await write(JSON.stringify({ $: 'table', name: table }));
        let count = 0;
        // One pass over the table through a cursor, inside the transaction's snapshot.
        await sql`DECLARE snapshot_rows NO SCROLL CURSOR FOR
          SELECT row_to_json(t)::text AS row FROM ${quote(table)} t`.execute(tx);
        for (;;) {
          const { rows } = await sql<{
            row: string;
          }>`FETCH ${sql.raw(String(BATCH))} FROM snapshot_rows`.execute(tx);
          for (const r of rows) await write(r.row);
          count += rows.length;
          if (rows.length < BATCH) break;
        }
        await sql`CLOSE snapshot_rows`.execute(tx);
        counts[table] = count;
        total += count;
      }
      await write(JSON.stringify({ $: 'end', counts }));
      return { tables: tables.length, rows: total, counts };
    });
}

/** Writes a snapshot to a gzip file, atomically: the file appears only once it is complete. */
export async function writeSnapshotFile(db: Db, source: string, file: string, now?: Date) {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(partial));
  // Lines are gathered into chunks: one compression job per chunk, not per line.
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = () =>
    new Promise<void>((resolve, reject) => {
      const chunk = pending.join('');
      pending = [];
      pendingChars = 0;
      gzip.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
  try {
    const summary = await exportSnapshot(
      db,
      source,
      async (line) => {
        pending.push(`${line}\n`);
        pendingChars += line.length + 1;
        if (pendingChars >= 256 * 1024) await flush();
      },
      now,
    );
    if (pending.length > 0) await flush();
    gzip.end();
    await done;
    await rename(partial, file);
    return summary;
  } catch (error) {
    gzip.destroy();
    await done.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

/** How many rows the app's tables hold, in all (0 = an empty database). */
export async function countRows(db: Executor): Promise<number> {
  let total = 0;
  for (const table of await tablesInDependencyOrder(db)) {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${quote(table)}`.execute(db);
    total += Number(rows[0]?.n ?? 0);
  }
  return total;
}

/**
 * Restores a snapshot file into a migrated database, in one transaction: all of it or nothing. A database that
 * holds anything is refused unless `force`, which empties it first (the append-only guards of the ledger and
 * the audit log step aside for exactly that, inside the same transaction).
 */
export async function restoreSnapshotFile(
  db: Db,
  file: string,
  options: { force?: boolean } = {},
): Promise<SnapshotSummary & { header: SnapshotHeader }> {
  if (!(await stat(file).catch(() => undefined))?.isFile()) throw new SnapshotError(`no such file: ${file}`);
  const gunzip = createGunzip();
  const input = createReadStream(file);
  input.on('error', (error) => gunzip.destroy(error));
  // The reading loop reports a damaged file; no second report as an unhandled error event.
  gunzip.on('error', () => {});
  try {
    return await restoreSnapshot(db, readLines(input.pipe(gunzip)), options);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
      throw new SnapshotError(`${file} is not a ${SNAPSHOT_FORMAT} file (not gzip, or damaged)`);
    }
    throw error;
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

/** The lines of a text stream, read only as they are asked for. */
async function* readLines(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    const lines = (rest + decoder.write(chunk)).split('\n');
    rest = lines.pop() ?? '';
    yield* lines;
  }
  rest += decoder.end();
  if (rest !== '') yield rest;
}

export async function restoreSnapshot(
  db: Db,
  lines: AsyncIterable<string>,
  options: { force?: boolean } = {},
): Promise<SnapshotSummary & { header: SnapshotHeader }> {
  return db.transaction().execute(async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    const here = await appliedMigrations(tx);
    let header: SnapshotHeader | undefined;
    let current: string | undefined;
    let batch: string[] = [];
    const counts: Record<string, number> = {};
    let end: Record<string, number> | undefined;

    const flush = async () => {
      if (!current || batch.length === 0) return;
      await sql`INSERT INTO ${quote(current)}
        SELECT * FROM json_populate_recordset(NULL::${quote(current)}, ${`[${batch.join(',')}]`}::json)`.execute(
        tx,
      );
      counts[current] = (counts[current] ?? 0) + batch.length;
      batch = [];
    };

    for await (const line of lines) {
      if (line === '') continue;
      if (!header) {
        header = parseHeader(line);
        checkCompatible(header, here, tables);
        if ((await countRows(tx)) > 0) {
          if (!options.force) {
            throw new SnapshotError('the database is not empty: restore refused (add --force to replace it)');
          }
          await emptyTables(tx, tables);
        }
        continue;
      }
      if (end) throw new SnapshotError('the file goes on after its end line');
      if (line.startsWith('{"$":')) {
        await flush();
        const control = JSON.parse(line) as { $: string; name?: string; counts?: Record<string, number> };
        if (control.$ === 'table') {
          if (!control.name || !tables.includes(control.name)) {
            throw new SnapshotError(`the file holds an unknown table: ${control.name}`);
          }
          current = control.name;
          counts[current] = 0;
        } else if (control.$ === 'end') {
          end = control.counts ?? {};
          current = undefined;
        }
        continue;
      }
      if (!current) throw new SnapshotError('a row outside any table');
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    if (!header) throw new SnapshotError(`the file is empty: not a ${SNAPSHOT_FORMAT} file`);
    if (!end) throw new SnapshotError('the file is incomplete (no end line): nothing restored');
    for (const table of header.tables) {
      if ((counts[table] ?? 0) !== (end[table] ?? 0)) {
        throw new SnapshotError(
          `table ${table}: ${counts[table] ?? 0} rows read, the file says ${end[table]}`,
        );
      }
    }
    await resetSequences(tx);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    return { header, tables: header.tables.length, rows, counts };
  });
}

function parseHeader(line: string): SnapshotHeader {
  let header: Partial<SnapshotHeader>;
  try {
    header = JSON.parse(line) as Partial<SnapshotHeader>;
  } catch {
    throw new SnapshotError(`not a ${SNAPSHOT_FORMAT} file`);
  }
  if (header.$ !== 'header' || header.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`not a ${SNAPSHOT_FORMAT} file`);
  }
  if (header.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`backup format version ${header.version} is not supported (this one reads 1)`);
  }
  return header as SnapshotHeader;
}

function checkCompatible(header: SnapshotHeader, here: string[], tables: string[]) {
  const theirs = header.migrations.at(-1) ?? 'none';
  const ours = here.at(-1) ?? 'none';
  if (theirs !== ours || header.migrations.length !== here.length) {
    throw new SnapshotError(
      `the backup was made at migration ${theirs}, this database is at ${ours}: ` +
        'restore it with the version of Diana that made it, then upgrade',
    );
  }
  const missing = header.tables.filter((t) => !tables.includes(t));
  if (missing.length > 0) throw new SnapshotError(`tables missing here: ${missing.join(', ')}`);
}

/** Empties every table (children first), with the append-only guards off for this transaction only. */
async function emptyTables(tx: Executor, tables: string[]) {
  const guarded = await sql<{ name: string }>`
    SELECT DISTINCT c.relname AS name FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT t.tgisinternal AND n.nspname = current_schema()`.execute(tx);
  for (const { name } of guarded.rows) await sql`ALTER TABLE ${quote(name)} DISABLE TRIGGER USER`.execute(tx);
  await sql`TRUNCATE ${sql.join(tables.map(quote))}`.execute(tx);
  for (const { name } of guarded.rows) await sql`ALTER TABLE ${quote(name)} ENABLE TRIGGER USER`.execute(tx);
}

/** Moves every serial column's sequence past the largest value restored. */
async function resetSequences(tx: Executor) {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`.execute(tx);
  for (const { table, column } of rows) {
    if (SKIPPED_TABLES.has(table)) continue;
    await sql`SELECT setval(pg_get_serial_sequence(${`"${table}"`}, ${column}),
      COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`.execute(tx);
  }
}

/** Every table's rows as sorted JSON text: two databases with the same data give the same answer (tests). */
export async function tableContents(db: Db): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL TIME ZONE 'UTC'`.execute(tx);
    const contents: Record<string, string[]> = {};
    for (const table of await tablesInDependencyOrder(tx)) {
      const { rows } = await sql<{ row: string }>`
        SELECT row_to_json(t)::text AS row FROM ${quote(table)} t`.execute(tx);
      contents[table] = rows.map((r) => r.row).sort();
    }
    return contents;
  });
}
