// Group commit on the embedded database: transactions that wait for the connection together share one COMMIT,
// each in its own savepoint, and every caller sees what it would see had they run one after another.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { findUser, upsertUser } from '../../src/adapters/db/repositories/users.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { freshDatabase } from '../support/databases.ts';
import { latch } from '../support/latch.ts';

const registered = (userId: number, startPayload = ''): DomainEvent => ({
  type: 'UserRegistered',
  userId,
  payload: { language: 'es', startPayload },
});

class Refused extends Error {}

describe('group commit (embedded)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase('embedded');
    // A check made at COMMIT: a row naming a missing one breaks the COMMIT of the transaction that wrote it.
    await sql`CREATE TABLE commit_probe (id int PRIMARY KEY,
      ref int REFERENCES commit_probe (id) DEFERRABLE INITIALLY DEFERRED)`.execute(database.db);
    // An event refused by the database: the statement that writes it (a transaction's last) fails.
    await sql`CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.payload->>'startPayload' = 'refused' THEN RAISE EXCEPTION 'event refused'; END IF;
        RETURN NEW;
      END $$`.execute(database.db);
    await sql`CREATE TRIGGER refuse_event BEFORE INSERT ON events
      FOR EACH ROW EXECUTE FUNCTION refuse_event()`.execute(database.db);
  });
  afterAll(() => database.close());

  /** Registers a user, in a transaction that reports the database transaction it ran in. */
  const register = (id: number, options: { fail?: boolean; probe?: number; refused?: boolean } = {}) =>
    transact(database.db, async (tx) => {
      await upsertUser(tx, { id, firstName: `U${id}`, language: 'es' }, null);
      if (options.probe !== undefined)
        await sql`INSERT INTO commit_probe (id, ref) VALUES (${id}, ${options.probe})`.execute(tx);
      await appendEvents(tx, [registered(id, options.refused ? 'refused' : '')]);
      const { rows } = await sql<{ txid: string }>`SELECT txid_current()::text AS txid`.execute(tx);
      if (options.fail) throw new Refused(`user ${id} refused`);
      return rows[0]!.txid;
    });

  /** A transaction that registers `id` and holds the connection (alone) until told to go on. */
  const holdConnection = (id: number): [() => void, { running: Promise<void>; done: Promise<void> }] => {
    const held = latch();
    const running = latch();
    const done = transact(database.db, async (tx) => {
      await upsertUser(tx, { id, firstName: `U${id}`, language: 'es' }, null);
      running.open();
      await held.passed;
    });
    return [held.open, { running: running.passed, done }];
  };

  const eventsOf = async (userId: number) =>
    (await database.db.selectFrom('events').select('id').where('user_id', '=', userId).execute()).length;

  it('commits the members of a group together, and rolls back only the one that failed', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => 1_000 + i);
    const outcomes = await Promise.allSettled(ids.map((id) => register(id, { fail: id === 1_015 })));
    const transactions = new Set<string>();
    for (const [i, id] of ids.entries()) {
      const outcome = outcomes[i]!;
      if (id === 1_015) {
        expect(outcome.status).toBe('rejected');
        expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(Refused);
        expect(await findUser(database.db, id)).toBeUndefined();
        expect(await eventsOf(id)).toBe(0);
      } else {
        expect(outcome.status).toBe('fulfilled');
        transactions.add((outcome as PromiseFulfilledResult<string>).value);
        expect(await findUser(database.db, id)).toBeDefined();
        expect(await eventsOf(id)).toBe(1);
      }
    }
    // The first started alone; those waiting meanwhile shared the transactions after it.
    expect(transactions.size).toBeLessThan(ids.length - 1);
  });

  it('fails every member when the shared COMMIT fails, keeping nothing, and serves the next ones', async () => {
    // The first runs alone and holds the connection until the others wait for it: they form the next group,
    // whose last member's row breaks the COMMIT.
    const [proceed, first] = holdConnection(2_000);
    await first.running;
    const ids = [2_001, 2_002, 2_003];
    const group = ids.map((id) => register(id, id === 2_003 ? { probe: 999_999 } : {}));
    await new Promise((resolve) => setTimeout(resolve, 50));
    proceed();
    await first.done;
    const outcomes = await Promise.allSettled(group);
    for (const [i, id] of ids.entries()) {
      expect(outcomes[i]?.status).toBe('rejected');
      expect((outcomes[i] as PromiseRejectedResult).reason).toMatchObject({ code: '23503' });
      expect(await findUser(database.db, id)).toBeUndefined();
      expect(await eventsOf(id)).toBe(0);
    }
    expect(await findUser(database.db, 2_000)).toBeDefined();
    await expect(register(2_004)).resolves.toBeDefined();
    expect(await findUser(database.db, 2_004)).toBeDefined();
  });

  it('undoes a member whose last statement fails before the next member runs, and commits the others', async () => {
    // Each member's last statement (its events, with its release) is sent without waiting for its answer: the
    // next member's statements follow it, and a failure is undone before they run.
    const [proceed, first] = holdConnection(6_000);
    await first.running;
    const ids = [6_001, 6_002, 6_003];
    const group = ids.map((id) => register(id, { refused: id === 6_002 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    proceed();
    await first.done;
    const outcomes = await Promise.allSettled(group);
    expect(outcomes[1]).toMatchObject({ status: 'rejected', reason: { message: 'event refused' } });
    expect(await findUser(database.db, 6_002)).toBeUndefined();
    expect(await eventsOf(6_002)).toBe(0);
    const [before, after] = [outcomes[0], outcomes[2]] as PromiseFulfilledResult<string>[];
    // One transaction for the group: the failure in its middle was undone within it.
    expect(before?.value).toBe(after?.value);
    for (const id of [6_001, 6_003]) {
      expect(await findUser(database.db, id)).toBeDefined();
      expect(await eventsOf(id)).toBe(1);
    }
  });

  it('keeps a member’s own savepoints working inside its group', async () => {
    const withInnerSavepoint = (id: number) =>
      transact(database.db, async (tx) => {
        await upsertUser(tx, { id, firstName: `U${id}`, language: 'es' }, null);
        await sql`SAVEPOINT inner_step`.execute(tx);
        await sql`UPDATE users SET first_name = 'undone' WHERE id = ${id}`.execute(tx);
        await sql`ROLLBACK TO SAVEPOINT inner_step`.execute(tx);
        await sql`RELEASE SAVEPOINT inner_step`.execute(tx);
      });
    const ids = [3_000, 3_001, 3_002, 3_003];
    await Promise.all([
      ...ids.map(withInnerSavepoint),
      register(3_004, { fail: true }).catch(() => 'refused'),
    ]);
    for (const id of ids) expect((await findUser(database.db, id))?.firstName).toBe(`U${id}`);
    expect(await findUser(database.db, 3_004)).toBeUndefined();
  });

  it('fails a member whose work swallowed a database error, without failing the others', async () => {
    // The member's transaction is aborted by the error it caught: it cannot commit.
    const swallowing = transact(database.db, async (tx) => {
      await upsertUser(tx, { id: 4_000, firstName: 'U4000', language: 'es' }, null);
      await sql`SELECT 1/0`.execute(tx).catch(() => undefined);
    });
    const others = [4_001, 4_002].map((id) => register(id));
    await expect(swallowing).rejects.toMatchObject({ code: '25P02' });
    await Promise.all(others);
    expect(await findUser(database.db, 4_000)).toBeUndefined();
    for (const id of [4_001, 4_002]) expect(await findUser(database.db, id)).toBeDefined();
  });

  it('runs a transaction that changes its own settings after its group, never under it', async () => {
    const zones: string[] = [];
    const zoneOf = (id: number) =>
      transact(database.db, async (tx) => {
        await upsertUser(tx, { id, firstName: `U${id}`, language: 'es' }, null);
        const { rows } = await sql<{ zone: string }>`SELECT current_setting('TimeZone') AS zone`.execute(tx);
        zones.push(rows[0]!.zone);
      });
    const outset = (
      await sql<{ zone: string }>`SELECT current_setting('TimeZone') AS zone`.execute(database.db)
    ).rows[0]!.zone;
    const changing = transact(database.db, async (tx) => {
      await sql`SET LOCAL TIME ZONE 'Asia/Tokyo'`.execute(tx);
      await upsertUser(tx, { id: 5_000, firstName: 'U5000', language: 'es' }, null);
    });
    await Promise.all([register(4_999), changing, ...[5_001, 5_002, 5_003].map(zoneOf)]);
    expect(zones).toEqual([outset, outset, outset]);
  });
});
