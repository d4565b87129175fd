// Announcements while Telegram is away: a failed send waits twice as long each time (30 s up to an hour) and is
// given up after 10 attempts, never retried for ever; on both databases.
import { HttpError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { queueNotification } from '../../src/adapters/db/repositories/notifications.ts';
import type { Messenger } from '../../src/app/notifications/messenger.ts';
import { NotificationSender } from '../../src/app/notifications/sender.ts';
import { registerUser } from '../../src/app/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

describe.each(DATABASE_KINDS)('announcements while Telegram is away (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  it('retry with a growing wait and are given up after 10 attempts', async () => {
    const clock = new ManualClock('2026-03-02T18:00:00Z');
    const app = testApp(database, { clock });
    const id = 7_300_001;
    await registerUser(app, { id, firstName: 'Ana', language: 'es' }, null);
    await queueNotification(app.db, {
      userId: id,
      kind: 'LevelReached',
      payload: { level: 2 },
      dedupeKey: `level:${id}:2`,
      createdAt: clock.now(),
      deliverAfter: clock.now(),
    });
    let sends = 0;
    const unreachable: Messenger = {
      send: async () => {
        sends++;
        throw new HttpError("Network request for 'sendMessage' failed!", new Error('connect ECONNREFUSED'));
      },
    };
    const sender = new NotificationSender(app, unreachable);
    const row = () =>
      app.db
        .selectFrom('notifications')
        .select(['deliver_after', 'sent_at', 'attempts'])
        .where('user_id', '=', id)
        .executeTakeFirstOrThrow();

    const waits: number[] = [];
    for (let round = 0; round < 15; round++) {
      const before = clock.now().getTime();
      await sender.sendDue({ now: true });
      const after = await row();
      if (after.sent_at) break;
      waits.push((new Date(after.deliver_after).getTime() - before) / 1000);
      clock.set(new Date(after.deliver_after));
    }
    expect(sends).toBe(10);
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    expect((await row()).sent_at).not.toBeNull();
    // Given up, it is not sent again.
    clock.advance(86_400_000);
    expect(await sender.sendDue({ now: true })).toBe(false);
    expect(sends).toBe(10);
  });
});
