// A user as the rules see them at a moment: level (from activity), VIP, what they own. Story conditions, shop limits and the
// VIP multiplier all read this one view.
import type { Executor } from '../adapters/db/database.ts';
import { ownedItems } from '../adapters/db/repositories/inventory.ts';
import { findUser, type User } from '../adapters/db/repositories/users.ts';
import type { ContentPack } from '../content/pack.ts';
import { levelFor } from '../domain/economy/levels.ts';

export interface Player {
  user: User;
  level: number;
  isVip: boolean;
  items: ReadonlyMap<string, number>;
}

export function isVipAt(user: Pick<User, 'vipUntil'>, now: Date): boolean {
  return user.vipUntil !== null && user.vipUntil.getTime() > now.getTime();
}

export async function loadPlayer(
  db: Executor,
  pack: ContentPack,
  userId: number,
  now: Date,
): Promise<Player | undefined> {
  const user = await findUser(db, userId);
  return user && playerOf(db, pack, user, now);
}

/** Where a user stands for goals and prices: level, VIP and zone, in one read (no items). */
export async function loadStanding(db: Executor, pack: ContentPack, userId: number, now: Date) {
  const row = await db
    .selectFrom('users')
    .select(['activity_earned', 'vip_until', 'time_zone', 'created_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return (
    row && {
      level: levelFor(row.activity_earned, pack.economy.levels),
      isVip: isVipAt({ vipUntil: row.vip_until }, now),
      timeZone: row.time_zone,
      registeredAt: row.created_at,
    }
  );
}

/** The view of a user already read (e.g. under a row lock). */
export async function playerOf(db: Executor, pack: ContentPack, user: User, now: Date): Promise<Player> {
  return {
    user,
    level: levelFor(user.activityEarned, pack.economy.levels),
    isVip: isVipAt(user, now),
    items: await ownedItems(db, user.id),
  };
}
