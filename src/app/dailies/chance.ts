// The game of chance: a stake (one of the pack's) is spent and the dice decide the winnings, in one
// transaction, so a failure between the two leaves the balance as it was. Each play is named by the tap that
// made it: a replayed update finds its stake in the ledger and answers with the same outcome, charging and
// paying nothing again. The day's stakes (the person's day) never pass the pack's cap, and a stake never
// exceeds the balance.
import type { Executor } from '../../adapters/db/database.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import {
  accountOf,
  entryAmount,
  entryExists,
  sumSpent,
  UnknownUser,
} from '../../adapters/db/repositories/ledger.ts';
import { lockUser, type User } from '../../adapters/db/repositories/users.ts';
import { dayBounds } from '../../domain/calendar.ts';
import { checkStake, roll, secureRandom } from '../../domain/dailies/chance.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { award, spend } from '../ledger.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';
import { dailiesOf } from './rules.ts';

export const CHANCE_REASON = 'chance';

export interface ChanceStatus {
  /** Besitos the person may still stake today. */
  left: number;
  balance: number;
}

export type ChancePlay =
  | { kind: 'played'; stake: number; won: number; balance: number; left: number; replayed: boolean }
  | { kind: 'refused'; reason: 'unknown_stake' | 'over_cap' | 'short'; left: number; balance: number };

async function stakedToday(app: AppContext, db: Executor, user: User, now: Date): Promise<number> {
  const { start, end } = dayBounds(now, zoneOf(app, user));
  return sumSpent(db, user.id, CHANCE_REASON, start, end);
}

export async function chanceStatus(app: AppContext, user: User): Promise<ChanceStatus> {
  const staked = await stakedToday(app, app.db, user, app.clock.now());
  return { left: Math.max(0, dailiesOf(app).chance.daily_stake_cap - staked), balance: user.balance };
}

export async function playChance(
  app: AppContext,
  userId: number,
  stake: number,
  /** What names this play (the tap's callback query id): the same play is never charged twice. */
  play: string,
): Promise<ChancePlay> {
  const now = app.clock.now();
  const rules = dailiesOf(app).chance;
  return transact(app.db, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw new UnknownUser(`user ${userId} is not registered`);
    const stakeKey = ledgerKeys.chanceStake(userId, play);
    const winKey = ledgerKeys.chanceWin(userId, play);
    const staked = await stakedToday(app, tx, user, now);
    const left = Math.max(0, rules.daily_stake_cap - staked);
    if (await entryExists(tx, stakeKey)) {
      const won = (await entryAmount(tx, winKey)) ?? 0;
      return { kind: 'played', stake, won, balance: user.balance, left, replayed: true };
    }
    const check = checkStake(rules, stake, staked, user.balance);
    if (!check.ok) return { kind: 'refused', reason: check.reason, left, balance: user.balance };

    const account = accountOf(user);
    await spend(
      tx,
      app.pack,
      { userId, amount: stake, reason: CHANCE_REASON, key: stakeKey, ref: play },
      {
        locked: account,
        at: now,
      },
    );
    const winnings = roll(rules, stake, app.random ?? secureRandom);
    const paid =
      winnings > 0
        ? await award(
            tx,
            app.pack,
            now,
            { userId, base: winnings, reason: CHANCE_REASON, key: winKey, ref: play, zone: app.timeZone },
            account,
          )
        : undefined;
    const won = paid?.amount ?? 0;
    await appendEvents(tx, [{ type: 'ChancePlayed', userId, at: now, payload: { stake, won } }]);
    return { kind: 'played', stake, won, balance: account.balance, left: left - stake, replayed: false };
  });
}
