// Daily gift claims: one row per user and local day, which is what makes a second claim impossible.
import type { LastClaim } from '../../../domain/economy/daily-gift.ts';
import type { Executor } from '../database.ts';

export async function lastClaim(db: Executor, userId: number): Promise<LastClaim | undefined> {
  return db
    .selectFrom('daily_claims')
    .select(['day', 'streak'])
    .where('user_id', '=', userId)
    .orderBy('day', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Records the claim of a day; false when that day was already claimed (nothing is written). */
export async function recordClaim(
  tx: Executor,
  claim: { userId: number; day: string; streak: number; at: Date },
): Promise<boolean> {
  const result = await tx
    .insertInto('daily_claims')
    .values({
      user_id: claim.userId,
      day: claim.day,
      streak: claim.streak,
      claimed_at: claim.at,
    })
    .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
