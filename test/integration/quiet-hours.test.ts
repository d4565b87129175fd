// Quiet hours of the person's own choosing, stored on their row and read by the announcer, on both databases:
// a value that is not hours nor 'off' is refused by the database itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/adapters/db/database.ts';
import { transact } from '../../src/adapters/db/repositories/events.ts';
import type { StoredEvent } from '../../src/adapters/db/repositories/outbox.ts';
import { findUser, setQuietHours } from '../../src/adapters/db/repositories/users.ts';
import { announcer } from '../../src/app/notifications/announcer.ts';
import { changeQuietHours } from '../../src/app/quiet-hours.ts';
import { registerUser } from '../../src/app/users.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { testApp } from '../support/app-context.ts';
import { DATABASE_KINDS, freshDatabase } from '../support/databases.ts';

describe.each(DATABASE_KINDS)('quiet hours of one’s own (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database?.close());

  it('are stored per person, refused when not offered or not hours, and followed by the announcer', async () => {
    // 02:30 in Mexico City: inside the pack's 23:00–08:00 and inside 00:00–09:00.
    const clock = new ManualClock('2026-11-24T08:30:00Z');
    const app = testApp(database, { clock });
    const [ana, john] = [7_400_001, 7_400_002];
    for (const id of [ana, john]) await registerUser(app, { id, firstName: 'Ana', language: 'es' }, null);

    expect(await changeQuietHours(app, ana, 'off')).toBe(true);
    expect(await changeQuietHours(app, john, '03:00-04:00')).toBe(false);
    expect(await changeQuietHours(app, john, '00:00-09:00')).toBe(true);
    expect((await findUser(app.db, ana))?.quietHours).toBe('off');
    expect((await findUser(app.db, john))?.quietHours).toBe('00:00-09:00');
    for (const bad of ['25:00-08:00', 'never', '23:00']) {
      await expect(setQuietHours(app.db, john, bad)).rejects.toThrow();
    }
    expect((await findUser(app.db, john))?.quietHours).toBe('00:00-09:00');

    let id = 1;
    const announce = (userId: number) =>
      transact(app.db, (tx) =>
        announcer(app).handle(tx, {
          id: id++,
          type: 'LevelReached',
          version: 1,
          userId,
          payload: { level: 2 },
          correlationId: null,
          createdAt: clock.now(),
          attempts: 0,
        } as StoredEvent),
      );
    await announce(ana);
    await announce(john);
    const due = await app.db
      .selectFrom('notifications')
      .select(['user_id', 'deliver_after'])
      .orderBy('user_id')
      .execute();
    // Ana turned them off: at once. John's 00:00–09:00 holds it until 09:00 in Mexico City (15:00 UTC).
    expect(due.map((n) => [n.user_id, new Date(n.deliver_after).toISOString()])).toEqual([
      [ana, '2026-11-24T08:30:00.000Z'],
      [john, '2026-11-24T15:00:00.000Z'],
    ]);
  });
});
