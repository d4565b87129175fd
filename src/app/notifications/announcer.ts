// Turns progress events into announcements from Lucien: queued in the event's transaction (so none is lost
// or doubled), unless the user turned them off, and held back during their quiet hours.
import type { Transaction } from 'kysely';
import { queueNotification } from '../../adapters/db/repositories/notifications.ts';
import type { StoredEvent } from '../../adapters/db/repositories/outbox.ts';
import type { DB } from '../../adapters/db/schema.ts';
import type { Subscriber } from '../events/dispatcher.ts';
import { deliveryTime } from '../quiet-hours.ts';
import type { AppContext } from '../services.ts';

export const ANNOUNCED_EVENTS = ['MissionCompleted', 'AchievementUnlocked', 'LevelReached'] as const;

export function announcer(app: AppContext): Subscriber {
  return {
    name: 'announcer',
    types: ANNOUNCED_EVENTS,
    handle: (tx, event) => announce(app, tx, event),
  };
}

async function announce(app: AppContext, tx: Transaction<DB>, event: StoredEvent): Promise<void> {
  if (event.userId === null) return;
  const user = await tx
    .selectFrom('users')
    .select(['notifications', 'time_zone', 'quiet_hours'])
    .where('id', '=', event.userId)
    .executeTakeFirst();
  if (!user?.notifications) return;
  const now = app.clock.now();
  await queueNotification(tx, {
    userId: event.userId,
    kind: event.type,
    payload: event.payload,
    dedupeKey: `event:${event.id}`,
    createdAt: now,
    deliverAfter: deliveryTime(app, { timeZone: user.time_zone, quietHours: user.quiet_hours }, now),
  });
}
