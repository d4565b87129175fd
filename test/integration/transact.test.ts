// One use-case, one transaction, on both databases: its state change and its events are committed together
// (on the embedded database the COMMIT travels with the events' insert) or not at all, and the database goes
// on serving the next use-case either way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { appendEvents, onCommitted, transact } from '../../src/adapters/db/repositories/events.ts';
import { scheduleJob } from '../../src/adapters/db/repositories/jobs.ts';
import { findUser, upsertUser } from '../../src/adapters/db/repositories/users.ts';
import { QueryOutsideTransaction } from '../../src/adapters/db/transaction-guard.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

// The start payload is the user's own text: here it carries what the test needs.
const registered = (userId: number, startPayload: string): DomainEvent => ({
  type: 'UserRegistered',
  userId,
  payload: { language: 'es', startPayload },
});

describe.each(DATABASE_KINDS)('transact (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  const eventsOf = async (userId: number) =>
    (await database.db.selectFrom('events').select('type').where('user_id', '=', userId).execute()).length;

  const register = (id: number, note: string) =>
    transact(database.db, async (tx) => {
      await upsertUser(tx, { id, firstName: `U${id}`, language: 'es' }, null);
      await appendEvents(tx, [registered(id, note)]);
    });

  it('commits the state change and its events together', async () => {
    await register(1, 'hello');
    expect(await findUser(database.db, 1)).toBeDefined();
    expect(await eventsOf(1)).toBe(1);
  });

  it('keeps nothing when the events cannot be written, and serves the next use-case', async () => {
    // PostgreSQL's jsonb refuses a NUL character: the last statement of the transaction fails.
    await expect(register(2, 'a\u0000b')).rejects.toThrow();
    expect(await findUser(database.db, 2)).toBeUndefined();
    expect(await eventsOf(2)).toBe(0);

    await register(3, 'after');
    expect(await findUser(database.db, 3)).toBeDefined();
    expect(await eventsOf(3)).toBe(1);
  });

  it('runs many use-cases side by side without mixing their transactions', async () => {
    const ids = Array.from({ length: 40 }, (_, i) => 100 + i);
    const outcomes = await Promise.allSettled(ids.map((id) => register(id, id % 4 === 0 ? '\u0000' : 'ok')));
    for (const [i, id] of ids.entries()) {
      const ok = id % 4 !== 0;
      expect(outcomes[i]?.status).toBe(ok ? 'fulfilled' : 'rejected');
      expect(Boolean(await findUser(database.db, id))).toBe(ok);
      expect(await eventsOf(id)).toBe(ok ? 1 : 0);
    }
  });

  it('refuses, at once and clearly, a query on the database itself inside a transaction, keeping nothing', async () => {
    // A bug: `db` where `tx` was meant. The embedded database would wait forever; PostgreSQL would run it
    // outside the transaction.
    const mistaken = transact(database.db, async (tx) => {
      await upsertUser(tx, { id: 200, firstName: 'U200', language: 'es' }, null);
      await findUser(database.db, 200);
    });
    await expect(mistaken).rejects.toThrow(QueryOutsideTransaction);
    await expect(mistaken).rejects.toThrow(/use the transaction \(tx\) instead/);
    expect(await findUser(database.db, 200)).toBeUndefined();
    // A transaction opened inside another is the same mistake.
    await expect(transact(database.db, () => register(201, 'nested'))).rejects.toThrow(
      QueryOutsideTransaction,
    );
    expect(await findUser(database.db, 201)).toBeUndefined();
    // Outside any transaction the database serves as usual.
    await register(202, 'after');
    expect(await findUser(database.db, 202)).toBeDefined();
  });

  it('tells the dispatcher of committed events and the job runner of committed jobs, each only of its own', async () => {
    const heard: string[] = [];
    const stop = [
      onCommitted(database.db, 'events', () => heard.push('events')),
      onCommitted(database.db, 'job', () => heard.push('job')),
    ];
    try {
      await register(300, 'events only');
      expect(heard).toEqual(['events']);

      heard.length = 0;
      const job = { kind: 'test', key: 'transact:301', runAt: new Date() };
      const scheduling = transact(database.db, async (tx) => {
        await scheduleJob(tx, job);
        expect(heard).toEqual([]);
      });
      await scheduling;
      expect(heard).toEqual(['job']);

      // Outside a transaction, at once; scheduling what is already scheduled tells nobody.
      heard.length = 0;
      await scheduleJob(database.db, { ...job, key: 'transact:302' });
      await scheduleJob(database.db, { ...job, key: 'transact:302' });
      expect(heard).toEqual(['job']);

      // A rolled back transaction tells nobody.
      heard.length = 0;
      const failing = transact(database.db, async (tx) => {
        await scheduleJob(tx, { ...job, key: 'transact:303' });
        throw new Error('the use-case fails');
      });
      await expect(failing).rejects.toThrow('the use-case fails');
      expect(heard).toEqual([]);
    } finally {
      for (const unsubscribe of stop) unsubscribe();
    }
  });
});
