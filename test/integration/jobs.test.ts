// Durable jobs on both databases: scheduled once per key, run once when due, retried, survive restarts.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { cancelJob, jobByKey, scheduleJob } from '../../src/adapters/db/repositories/jobs.ts';
import { upsertUser } from '../../src/adapters/db/repositories/users.ts';
import { JobRunner } from '../../src/app/jobs/runner.ts';
import { maintenanceJob } from '../../src/app/maintenance.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { failNextWrites } from '../support/faults.ts';

describe.each(DATABASE_KINDS)('jobs (%s)', (kind) => {
  let database: Database;
  const clock = new ManualClock('2026-11-23T18:00:00Z');
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  it('runs a job once when it falls due, however often it was scheduled', async () => {
    const ran: string[] = [];
    const app = testApp(database, { clock });
    const runner = new JobRunner(app, { greet: async (job) => void ran.push(String(job.payload.who)) });
    const at = new Date(clock.now().getTime() + 180_000);
    expect(
      await scheduleJob(database.db, { kind: 'greet', key: 'greet:1', runAt: at, payload: { who: 'ana' } }),
    ).toBe(true);
    expect(
      await scheduleJob(database.db, { kind: 'greet', key: 'greet:1', runAt: at, payload: { who: 'ana' } }),
    ).toBe(false);
    expect(await runner.drain()).toBe(0);
    clock.advance(180_000);
    // A restart between scheduling and running changes nothing: a new runner finds the job.
    expect(
      await new JobRunner(app, { greet: async (job) => void ran.push(String(job.payload.who)) }).drain(),
    ).toBe(1);
    expect(await runner.drain()).toBe(0);
    expect(ran).toEqual(['ana']);
    expect((await jobByKey(database.db, 'greet:1'))?.status).toBe('done');
  });

  it('retries a failing job with backoff and gives up after the last attempt', async () => {
    let calls = 0;
    const app = testApp(database, { clock });
    const flaky = async () => {
      if (calls++ < 1) throw new Error('Telegram said 500');
    };
    const runner = new JobRunner(app, { flaky }, { backoffMs: 1000 });
    await scheduleJob(database.db, { kind: 'flaky', key: 'flaky:1', runAt: clock.now() });
    await runner.drain();
    expect((await jobByKey(database.db, 'flaky:1'))?.status).toBe('pending');
    clock.advance(1000);
    await runner.drain();
    expect((await jobByKey(database.db, 'flaky:1'))?.status).toBe('done');

    const failing = new JobRunner(
      app,
      { broken: () => Promise.reject(new Error('always')) },
      { maxAttempts: 2, backoffMs: 10 },
    );
    await scheduleJob(database.db, { kind: 'broken', key: 'broken:1', runAt: clock.now() });
    for (let i = 0; i < 3; i++) {
      await failing.drain();
      clock.advance(1000);
    }
    expect(await jobByKey(database.db, 'broken:1')).toMatchObject({
      status: 'dead',
      attempts: 2,
      last_error: 'Error: always',
    });
  });

  it('records a finished job as done even when the database is briefly away at that moment', async () => {
    let calls = 0;
    const app = testApp(database, { clock });
    const runner = new JobRunner(app, {
      // The job does its work; then the server restarts just as the runner records it as done.
      once: async () => {
        calls++;
        await failNextWrites(database.db, 'jobs', 1, '57P01');
      },
    });
    await scheduleJob(database.db, { kind: 'once', key: 'once:1', runAt: clock.now() });
    await runner.drain();
    expect((await jobByKey(database.db, 'once:1'))?.status).toBe('done');
    clock.advance(3_600_000);
    await runner.drain();
    expect(calls).toBe(1);
  });

  it('does not run a cancelled job, and runs a leased job again if its runner died', async () => {
    const ran: string[] = [];
    const app = testApp(database, { clock });
    await scheduleJob(database.db, { kind: 'x', key: 'x:cancelled', runAt: clock.now() });
    expect(await cancelJob(database.db, 'x:cancelled')).toBe(true);
    await scheduleJob(database.db, { kind: 'x', key: 'x:leased', runAt: clock.now() });
    // A runner takes the job and dies before finishing it.
    const dying = new JobRunner(app, { x: () => new Promise(() => {}) });
    void dying.runDue();
    await new Promise((r) => setTimeout(r, 200));
    // Claimed, it is running (not pending with a later time), so the backlog counts only what waits.
    expect(await jobByKey(database.db, 'x:leased')).toMatchObject({ status: 'running', attempts: 1 });
    const survivor = new JobRunner(app, { x: async (job) => void ran.push(job.key) });
    expect(await survivor.drain()).toBe(0); // still leased
    clock.advance(5 * 60_000 + 1);
    await survivor.drain();
    expect(ran).toEqual(['x:leased']);
  });

  it('prunes what only grows — delivered events, sent announcements, finished jobs — after the retention', async () => {
    const app = testApp(database, { clock });
    const old = new Date(clock.now().getTime() - 40 * 24 * 3_600_000);
    const db = database.db;
    await upsertUser(db, { id: 1, firstName: 'Ana', language: 'es' }, null);
    await sql`
      INSERT INTO events (type, user_id, payload, status, processed_at, created_at) VALUES
        ('VipExpired', 1, '{}', 'done', ${old}, ${old}),
        ('VipExpired', 1, '{}', 'pending', NULL, ${old}),
        ('VipExpired', 1, '{}', 'dead', NULL, ${old}),
        ('VipExpired', 1, '{}', 'done', ${clock.now()}, ${clock.now()})
    `.execute(db);
    await sql`
      INSERT INTO notifications (user_id, kind, payload, dedupe_key, sent_at) VALUES
        (1, 'LevelReached', '{}', 'prune:sent-old', ${old}),
        (1, 'LevelReached', '{}', 'prune:unsent', NULL)
    `.execute(db);
    await sql`
      INSERT INTO jobs (kind, key, run_at, status, done_at) VALUES
        ('x', 'prune:done-old', ${old}, 'done', ${old}),
        ('x', 'prune:dead-old', ${old}, 'dead', NULL),
        ('x', 'prune:pending-old', ${old}, 'pending', NULL)
    `.execute(db);
    await maintenanceJob(app, 30)({ id: 0, kind: 'maintenance', key: 'm', payload: {}, attempts: 1 });
    const statuses = await db
      .selectFrom('events')
      .select('status')
      .where('type', '=', 'VipExpired')
      .execute();
    expect(statuses.map((r) => r.status).sort()).toEqual(['dead', 'done', 'pending']);
    const notes = await db
      .selectFrom('notifications')
      .select('dedupe_key')
      .where('dedupe_key', 'like', 'prune:%')
      .execute();
    expect(notes).toEqual([{ dedupe_key: 'prune:unsent' }]);
    const jobs = await db
      .selectFrom('jobs')
      .select('key')
      .where('key', 'like', 'prune:%')
      .orderBy('key')
      .execute();
    expect(jobs.map((j) => j.key)).toEqual(['prune:dead-old', 'prune:pending-old']);
  });
});
