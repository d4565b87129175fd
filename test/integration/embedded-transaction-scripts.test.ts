// On the embedded database a statement travels in one message to the database's thread with the scripts that
// open its transaction (BEGIN, a savepoint) and end it (the release, COMMIT), run in order up to the first
// failure. A failed opening leaves the transaction as it was (nothing to undo); a failed statement or end is
// undone before the call answers; and what the statement returns is its own result, whatever ran around it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGliteClient } from '../../src/adapters/db/pglite-client.ts';

describe('embedded transaction scripts', () => {
  let pg: PGliteClient;
  beforeAll(async () => {
    pg = await PGliteClient.start({});
    await pg.exec(`CREATE TABLE item (id int PRIMARY KEY,
      ref int REFERENCES item (id) DEFERRABLE INITIALLY DEFERRED)`);
  });
  afterAll(() => pg.close());

  const insert = 'INSERT INTO item (id, ref) VALUES ($1, $2) RETURNING id';
  const ids = async () =>
    (await pg.query<{ id: number }>('SELECT id FROM item WHERE id > $1 ORDER BY id', [0])).rows;

  it('opens a transaction that lasts after the call, and answers the statement’s own rows', async () => {
    const opened = await pg.query<{ id: number }>(insert, [1, null], { begin: 'BEGIN; SAVEPOINT member' });
    expect(opened).toEqual({ rows: [{ id: 1 }], affectedRows: 1 });
    const ended = await pg.query<{ id: number }>(insert, [2, null], { end: 'RELEASE SAVEPOINT member' });
    expect(ended).toEqual({ rows: [{ id: 2 }], affectedRows: 1 });
    // Still inside the transaction: a rollback takes both rows away.
    await pg.exec('ROLLBACK');
    expect(await ids()).toEqual([]);
  });

  it('commits with the statement that carries COMMIT', async () => {
    await pg.query(insert, [3, null], { begin: 'BEGIN', end: 'COMMIT', undo: 'ROLLBACK' });
    await pg.exec('ROLLBACK'); // nothing is open any more: a no-op
    expect(await ids()).toEqual([{ id: 3 }]);
  });

  it('undoes the transaction when its statement fails, without running the end', async () => {
    await pg.exec('BEGIN');
    await pg.query(insert, [4, null]);
    await expect(pg.query(insert, [3, null], { end: 'COMMIT', undo: 'ROLLBACK' })).rejects.toMatchObject({
      code: '23505',
    });
    expect(await ids()).toEqual([{ id: 3 }]);
  });

  it('undoes the transaction when its end fails (a check made at COMMIT)', async () => {
    await pg.exec('BEGIN');
    await expect(
      pg.query(insert, [5, 99], {
        begin: 'SAVEPOINT member',
        end: 'RELEASE SAVEPOINT member; COMMIT',
        undo: 'ROLLBACK',
      }),
    ).rejects.toMatchObject({ code: '23503' });
    expect(await ids()).toEqual([{ id: 3 }]);
  });

  it('leaves the transaction as it was when its opening fails, and runs the statement fine afterwards', async () => {
    await pg.exec('BEGIN');
    await pg.query(insert, [6, null]);
    await expect(pg.exec('SELECT nothing_here')).rejects.toMatchObject({ code: '42703' });
    // The transaction is aborted: the savepoint is refused, the statement does not run, `undo` is not run.
    const fresh = 'INSERT INTO item (id) VALUES ($1) RETURNING id, ref';
    await expect(pg.query(fresh, [7], { begin: 'SAVEPOINT member', undo: 'ROLLBACK' })).rejects.toMatchObject(
      {
        code: '25P02',
      },
    );
    await expect(pg.exec('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
    await pg.exec('ROLLBACK');
    // Never prepared, the statement is prepared when it next runs.
    expect((await pg.query(fresh, [7])).rows).toEqual([{ id: 7, ref: null }]);
    expect(await ids()).toEqual([{ id: 3 }, { id: 7 }]);
  });
});
