// The embedded database runs statements with parameters prepared (parsed once, one message per run): what a
// statement returns never depends on whether it was prepared before — after a failed parse, a change of
// schema, an error inside a transaction, or more distinct statements than stay prepared — and values travel as
// node-postgres sends them to PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { freshDatabase } from '../support/databases.ts';

describe('embedded prepared statements', () => {
  let database: Database;

  beforeAll(async () => {
    database = await freshDatabase('embedded');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('answers a statement after its parse failed, once the table it reads exists', async () => {
    const db = database.db;
    const read = () => sql<{ n: number }>`SELECT count(*)::int AS n FROM later WHERE n > ${0}`.execute(db);
    await expect(read()).rejects.toMatchObject({ code: '42P01' });
    await sql`CREATE TABLE later (n int)`.execute(db);
    await sql`INSERT INTO later VALUES (${1}), (${2})`.execute(db);
    expect((await read()).rows).toEqual([{ n: 2 }]);
  });

  it('sees a changed table through a statement prepared before the change', async () => {
    const db = database.db;
    await sql`CREATE TABLE shape (a int)`.execute(db);
    await sql`INSERT INTO shape VALUES (${1})`.execute(db);
    const all = () => sql<Record<string, unknown>>`SELECT * FROM shape WHERE a = ${1}`.execute(db);
    expect((await all()).rows).toEqual([{ a: 1 }]);
    await sql`ALTER TABLE shape ADD COLUMN b text DEFAULT 'x'`.execute(db);
    expect((await all()).rows).toEqual([{ a: 1, b: 'x' }]);
  });

  it('runs the same statement again after an error rolled its transaction back', async () => {
    const db = database.db;
    await sql`CREATE TABLE once (k int PRIMARY KEY)`.execute(db);
    const insert = (k: number) => sql`INSERT INTO once VALUES (${k})`.execute(db);
    await insert(1);
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`INSERT INTO once VALUES (${2})`.execute(tx);
        await sql`INSERT INTO once VALUES (${1})`.execute(tx);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    await insert(3);
    const { rows } = await sql<{ k: number }>`SELECT k FROM once WHERE k > ${0} ORDER BY k`.execute(db);
    expect(rows.map((r) => r.k)).toEqual([1, 3]);
  });

  it('answers every one of more distinct statements than stay prepared', async () => {
    const db = database.db;
    for (let i = 0; i < 300; i++) {
      const { rows } = await sql<{ v: number }>`SELECT ${i}::int + ${sql.raw(String(i))} AS v`.execute(db);
      expect(rows[0]!.v).toBe(2 * i);
    }
    // The first ones were closed to make room; they are prepared again.
    const { rows } = await sql<{ v: number }>`SELECT ${5}::int + ${sql.raw('5')} AS v`.execute(db);
    expect(rows[0]!.v).toBe(10);
  });

  it('takes dates, bytes, JSON, arrays, booleans and nulls as PostgreSQL does from node-postgres', async () => {
    const db = database.db;
    const at = new Date('2026-11-30T06:00:00.123Z');
    const bytes = new Uint8Array([0, 1, 254, 255]);
    const { rows } = await sql<{
      at: Date;
      day: string;
      bytes: Uint8Array;
      doc: unknown;
      ids: number[];
      yes: boolean;
      none: string | null;
    }>`
      SELECT ${at}::timestamptz AS at, ${at}::timestamptz::date::text AS day, ${bytes}::bytea AS bytes,
             ${JSON.stringify({ a: [1, 'é'] })}::jsonb AS doc, ${[3, 4]}::int[] AS ids, ${true}::boolean AS yes,
             ${null}::text AS none
    `.execute(db);
    expect(rows[0]!.at.toISOString()).toBe(at.toISOString());
    expect(rows[0]!.day).toBe('2026-11-30');
    expect([...rows[0]!.bytes]).toEqual([...bytes]);
    expect(rows[0]!.doc).toEqual({ a: [1, 'é'] });
    expect(rows[0]!.ids).toEqual([3, 4]);
    expect(rows[0]!.yes).toBe(true);
    expect(rows[0]!.none).toBeNull();
  });
});
