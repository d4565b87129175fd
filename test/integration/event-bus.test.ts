// The outbox dispatcher on both databases: in order per user, retried with backoff, dead-lettered, never
// losing or doubling what subscribers write, even when a delivery dies half way.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { appendEvents, transact } from '../../src/adapters/db/repositories/events.ts';
import { deadEvents, retryDeadEvent } from '../../src/adapters/db/repositories/outbox.ts';
import { upsertUser } from '../../src/adapters/db/repositories/users.ts';
import { EventDispatcher, type Subscriber } from '../../src/app/events/dispatcher.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import type { DomainEvent } from '../../src/domain/events.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

const levelEvent = (userId: number, level: number): DomainEvent => ({
  type: 'LevelReached',
  userId,
  payload: { level },
});

describe.each(DATABASE_KINDS)('event dispatcher (%s)', (kind) => {
  let database: Database;
  let nextUser = 1;
  const clock = new ManualClock('2026-11-23T18:00:00Z');

  const newUser = async () => {
    const id = nextUser++;
    await upsertUser(database.db, { id, firstName: `U${id}`, language: 'es' }, null);
    return id;
  };
  const emit = (events: DomainEvent[]) => transact(database.db, (tx) => appendEvents(tx, events));

  /** A subscriber that records what it saw in a table, so rollbacks show. */
  const recorder = (
    fail: (payload: Record<string, unknown>, attempt: number) => boolean = () => false,
  ): Subscriber => {
    const attempts = new Map<number, number>();
    return {
      name: 'recorder',
      types: ['LevelReached'],
      handle: async (tx, event) => {
        if (event.type !== 'LevelReached') throw new Error(`unexpected ${event.type}`);
        await sql`INSERT INTO seen (event_id, user_id, level) VALUES (${event.id}, ${event.userId}, ${event.payload.level})`.execute(
          tx,
        );
        const attempt = (attempts.get(event.id) ?? 0) + 1;
        attempts.set(event.id, attempt);
        if (fail(event.payload, attempt)) throw new Error(`refused level ${event.payload.level}`);
      },
    };
  };
  const seen = async (userId: number) =>
    (
      await sql<{
        level: number;
      }>`SELECT level FROM seen WHERE user_id = ${userId} ORDER BY event_id`.execute(database.db)
    ).rows.map((r) => r.level);

  beforeAll(async () => {
    database = await freshDatabase(kind);
    await sql`CREATE TABLE seen (event_id bigint PRIMARY KEY, user_id bigint, level int)`.execute(
      database.db,
    );
  });
  afterAll(() => database?.close());

  it('delivers every event once, in order per user', async () => {
    const [a, b] = [await newUser(), await newUser()];
    await emit([levelEvent(a, 2), levelEvent(b, 2), levelEvent(a, 3)]);
    await emit([levelEvent(b, 3), levelEvent(a, 4)]);
    const dispatcher = new EventDispatcher(testApp(database, { clock }), [recorder()]);
    expect(await dispatcher.drain()).toBeGreaterThanOrEqual(5);
    expect(await seen(a)).toEqual([2, 3, 4]);
    expect(await seen(b)).toEqual([2, 3]);
    expect(await dispatcher.drain()).toBe(0);
  });

  it('while it runs, writes what no subscriber acts on as delivered, and delivers the rest in order', async () => {
    const a = await newUser();
    const evenOnly: Subscriber = {
      ...recorder(),
      wants: (event) => event.type === 'LevelReached' && event.payload.level % 2 === 0,
    };
    const dispatcher = new EventDispatcher(testApp(database, { clock }), [evenOnly], { pollMs: 10 });
    const statusOf = async (level: number) =>
      (
        await sql<{ status: string; delivered: boolean }>`
          SELECT status, processed_at IS NOT NULL AS delivered FROM events
          WHERE user_id = ${a} AND (payload->>'level')::int = ${level}`.execute(database.db)
      ).rows[0];
    dispatcher.start();
    try {
      await emit([levelEvent(a, 10), levelEvent(a, 11), levelEvent(a, 12)]);
      // Written delivered: never claimed, never held against the user's later events.
      expect(await statusOf(11)).toEqual({ status: 'done', delivered: true });
      await expect.poll(() => seen(a), { timeout: 5000 }).toEqual([10, 12]);
    } finally {
      await dispatcher.stop();
    }
    expect(dispatcher.handled).toBe(2);
    // Stopped, it decides nothing: every event waits for a delivery.
    await emit([levelEvent(a, 13)]);
    expect(await statusOf(13)).toEqual({ status: 'pending', delivered: false });
    expect(await dispatcher.drain()).toBe(1);
    expect(await seen(a)).toEqual([10, 12, 13]);
  });

  it('delivers an event whose payload does not fit, to dead-letter it, even when nobody would want it', async () => {
    const a = await newUser();
    const dispatcher = new EventDispatcher(testApp(database, { clock }), [
      { ...recorder(), wants: () => false },
    ]);
    const broken = { type: 'LevelReached', userId: a, payload: { level: 'high' } } as unknown as DomainEvent;
    expect(dispatcher.wants(broken)).toBe(true);
    expect(dispatcher.wants(levelEvent(a, 2))).toBe(false);
    // A type nobody subscribes to is delivered to nobody.
    expect(dispatcher.wants({ type: 'LanguageChanged', userId: a, payload: { language: 'en' } })).toBe(false);
  });

  it('retries a failing event with backoff, holding back that user’s later events only', async () => {
    const [a, b] = [await newUser(), await newUser()];
    await emit([levelEvent(a, 5), levelEvent(a, 6), levelEvent(b, 5)]);
    const dispatcher = new EventDispatcher(
      testApp(database, { clock }),
      [recorder((p, attempt) => p.level === 5 && attempt < 3)],
      { backoffMs: 1000 },
    );
    await dispatcher.drain();
    expect(await seen(a)).toEqual([]); // level 5 rolled back, level 6 waits behind it
    expect(await seen(b)).toEqual([]); // b's level 5 also failed once
    clock.advance(1000);
    await dispatcher.drain();
    expect(await seen(a)).toEqual([]);
    clock.advance(2000);
    await dispatcher.drain();
    expect(await seen(a)).toEqual([5, 6]);
    expect(await seen(b)).toEqual([5]);
  });

  it('dead-letters an event that keeps failing, then lets the user’s next events through', async () => {
    const a = await newUser();
    await emit([levelEvent(a, 7), levelEvent(a, 8)]);
    const dispatcher = new EventDispatcher(testApp(database, { clock }), [recorder((p) => p.level === 7)], {
      maxAttempts: 3,
      backoffMs: 10,
    });
    for (let i = 0; i < 4; i++) {
      await dispatcher.drain();
      clock.advance(1000);
    }
    expect(await seen(a)).toEqual([8]);
    const dead = await deadEvents(database.db);
    const deadOne = dead.find((e) => e.userId === a);
    expect(deadOne).toMatchObject({ type: 'LevelReached', payload: { level: 7 }, attempts: 3 });

    // An admin retries it once the cause is fixed.
    expect(await retryDeadEvent(database.db, deadOne!.id, clock.now())).toBe(true);
    await new EventDispatcher(testApp(database, { clock }), [recorder()]).drain();
    expect(await seen(a)).toEqual([7, 8]);
  });

  it('loses nothing when the process dies before the commit: the event is handled again, once', async () => {
    const a = await newUser();
    await emit([levelEvent(a, 9)]);
    const crashing: Subscriber = {
      name: 'crash',
      types: ['LevelReached'],
      handle: async () => {
        throw new Error('process killed');
      },
    };
    // The first delivery writes, then dies: nothing it wrote survives.
    await new EventDispatcher(testApp(database, { clock }), [recorder(), crashing]).drain();
    expect(await seen(a)).toEqual([]);
    clock.advance(60_000);
    await new EventDispatcher(testApp(database, { clock }), [recorder()]).drain();
    expect(await seen(a)).toEqual([9]);
  });

  it('dead-letters a stored event whose payload does not fit its schema at once, and delivers the rest', async () => {
    const a = await newUser();
    await sql`INSERT INTO events (type, version, user_id, payload) VALUES ('LevelReached', 1, ${a}, ${JSON.stringify({ level: 'ten' })})`.execute(
      database.db,
    );
    await emit([levelEvent(a, 11)]);
    await new EventDispatcher(testApp(database, { clock }), [recorder()]).drain();
    expect(await seen(a)).toEqual([11]);
    const dead = (await deadEvents(database.db)).find((e) => e.userId === a);
    expect(dead).toMatchObject({ attempts: 1, payload: { level: 'ten' } });
    expect(dead?.lastError).toMatch(/InvalidEvent: LevelReached v1 payload does not fit: level/);
  });
});
