// A small community with a bit of everything the database keeps: people (one with a username), welcome
// bonuses, daily gifts, awards and a purchase in the ledger, story saves, mission progress from the events,
// a VIP granted by an admin (its grant, jobs and audit row) and its notifications.

import { transact } from '../../src/adapters/db/repositories/events.ts';
import { claimDailyGift } from '../../src/app/economy/daily-gift.ts';
import { purchaseItem } from '../../src/app/economy/shop.ts';
import { EventDispatcher } from '../../src/app/events/dispatcher.ts';
import { award } from '../../src/app/ledger.ts';
import { announcer } from '../../src/app/notifications/announcer.ts';
import { progressTracker } from '../../src/app/progress/tracker.ts';
import type { AppContext } from '../../src/app/services.ts';
import { openStory } from '../../src/app/story.ts';
import { registerUser } from '../../src/app/users.ts';
import { adminGrantVip } from '../../src/app/vip/admin.ts';

export const COMMUNITY_ADMIN = 99;

/** Registers `count` people from `firstId` and gives them some history; returns their ids. */
export async function populateCommunity(app: AppContext, firstId: number, count = 4): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    ids.push(id);
    await registerUser(
      app,
      {
        id,
        firstName: `Persona ${id}`,
        lastName: 'Ejemplo',
        username: `persona_${id}`,
        language: i % 2 ? 'en' : 'es',
      },
      i === 0 ? 'canal' : null,
    );
    await claimDailyGift(app, id);
    await transact(app.db, (tx) =>
      award(tx, app.pack, app.clock.now(), { userId: id, base: 300, reason: 'mission', key: `m:${id}` }),
    );
    await purchaseItem(app, id, 'insignia_rosa_negra', 0);
    await openStory(app, id);
  }
  await adminGrantVip(app, {
    adminId: COMMUNITY_ADMIN,
    user: { id: firstId },
    days: 30,
    reason: 'sorteo',
    key: `grant:${firstId}`,
  });
  await new EventDispatcher(app, [progressTracker(app), announcer(app)]).drain();
  return ids;
}
