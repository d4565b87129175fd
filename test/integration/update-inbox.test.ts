// The update inbox on both databases, when the connection is cut just after a write commits: the answer is
// lost, the write looks failed, and the inbox must still see its own update through, once.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { UpdateInbox } from '../../src/adapters/telegram/update-inbox.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';
import { loseAnswerOnce } from '../support/faults.ts';

const log = pino({ level: 'silent' });
let nextUpdate = 7_000_000;
const arrival = () => {
  const updateId = nextUpdate++;
  return { updateId, body: { update_id: updateId, message: { text: '/start' } } };
};

describe.each(DATABASE_KINDS)('the update inbox when an answer is lost (%s)', (kind) => {
  let database: Database;
  const clock = new ManualClock('2026-11-29T19:00:00Z');
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  const status = async (updateId: number) =>
    (await database.db
      .selectFrom('update_inbox')
      .select(['status', 'attempts'])
      .where('update_id', '=', updateId)
      .executeTakeFirst()) ?? null;

  it('handles an update whose recording committed but whose answer was lost, and skips a redelivery', async () => {
    const inbox = new UpdateInbox(loseAnswerOnce(database.db, 'jsonb_to_recordset'), clock, log, 'UTC');
    const update = arrival();
    expect((await inbox.admit(update)).fresh).toBe(true);
    expect(await status(update.updateId)).toEqual({ status: 'handling', attempts: 1 });
    // Telegram delivering it again is a duplicate, as before.
    expect((await new UpdateInbox(database.db, clock, log, 'UTC').admit(update)).fresh).toBe(false);
  });

  it('takes up an update it claimed for another attempt when the claim’s answer was lost', async () => {
    const inbox = new UpdateInbox(database.db, clock, log, 'UTC', { backoffMs: 1000 });
    const update = arrival();
    await inbox.admit(update);
    await inbox.markFailed(update.updateId, 1, new Error('deadlock'));
    clock.advance(1000);
    const retrying = new UpdateInbox(loseAnswerOnce(database.db, 'SKIP LOCKED'), clock, log, 'UTC');
    const due = await retrying.claimRetry();
    expect(due?.updateId).toBe(update.updateId);
    expect(await status(update.updateId)).toEqual({ status: 'handling', attempts: 2 });
  });

  it('hands the updates a killed process was handling to the next one at its start, not after their lease', async () => {
    const update = arrival();
    await new UpdateInbox(database.db, clock, log, 'UTC').admit(update);
    // The process that recorded it is killed; the next one starts at once.
    const next = new UpdateInbox(database.db, clock, log, 'UTC');
    expect(await next.claimRetry()).toBeUndefined();
    expect((await next.takeOverAbandoned()).due).toBeGreaterThanOrEqual(1);
    // It is due now, with whatever else the earlier tests left being handled.
    const due: number[] = [];
    for (let claimed = await next.claimRetry(); claimed; claimed = await next.claimRetry()) {
      due.push(claimed.updateId);
    }
    expect(due).toContain(update.updateId);
    expect(await status(update.updateId)).toEqual({ status: 'handling', attempts: 2 });
  });

  it('dead-letters an update whose every attempt ended with its process, instead of ending each start', async () => {
    const update = arrival();
    await new UpdateInbox(database.db, clock, log, 'UTC').admit(update);
    for (let start = 2; start <= 3; start++) {
      // Each start takes it over, claims it, and ends (killed) while handling it.
      const inbox = new UpdateInbox(database.db, clock, log, 'UTC', { maxAttempts: 3 });
      await inbox.takeOverAbandoned();
      for (let claimed = await inbox.claimRetry(); claimed; claimed = await inbox.claimRetry()) {
        if (claimed.updateId === update.updateId) break;
      }
      expect(await status(update.updateId)).toEqual({ status: 'handling', attempts: start });
    }
    const last = await new UpdateInbox(database.db, clock, log, 'UTC', {
      maxAttempts: 3,
    }).takeOverAbandoned();
    expect(last.dead).toBeGreaterThanOrEqual(1);
    expect(await status(update.updateId)).toEqual({ status: 'dead', attempts: 3 });
  });
});
