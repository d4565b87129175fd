// The nightly visit: in the evening and night of the person's zone, Diana's scene of the night, paid once per
// night through the ledger (reason `nightly`, key nightly:<user>:<night>); seeing it again pays nothing.
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { entryExists, UnknownUser } from '../../adapters/db/repositories/ledger.ts';
import { lockUser, type User } from '../../adapters/db/repositories/users.ts';
import { clockMinutes, type NightWindow, nightOf, sceneOffset } from '../../domain/dailies/nightly.ts';
import { poolIndex } from '../../domain/dailies/pool.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { award } from '../ledger.ts';
import type { AppContext } from '../services.ts';
import { zoneOf } from '../zone.ts';
import { dailiesOf } from './rules.ts';

export type NightlyStatus =
  | { open: false; opens: string }
  | { open: true; night: string; scene: string; visited: boolean };

export type NightlyVisit =
  | { kind: 'closed'; opens: string }
  | { kind: 'seen'; scene: string }
  | { kind: 'paid'; scene: string; amount: number; balance: number };

function windowOf(app: AppContext): NightWindow {
  const { opens, closes } = dailiesOf(app).nightly;
  return { opens: clockMinutes(opens), closes: clockMinutes(closes) };
}

/** The scene a person sees on a night: each walks the pool in their own order. */
export function sceneOf(app: AppContext, userId: number, night: string): string {
  const { scenes } = dailiesOf(app).nightly;
  return scenes[poolIndex(night, scenes.length, sceneOffset(userId))]!;
}

export async function nightlyStatus(app: AppContext, user: User): Promise<NightlyStatus> {
  const night = nightOf(app.clock.now(), zoneOf(app, user), windowOf(app));
  if (!night) return { open: false, opens: dailiesOf(app).nightly.opens };
  const visited = await entryExists(app.db, ledgerKeys.nightly(user.id, night));
  return { open: true, night, scene: sceneOf(app, user.id, night), visited };
}

/** Opens tonight's scene: the first visit of the night pays the pack's reward, later ones only show it. */
export async function visitNight(app: AppContext, userId: number): Promise<NightlyVisit> {
  const now = app.clock.now();
  const { nightly } = dailiesOf(app);
  return transact(app.db, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw new UnknownUser(`user ${userId} is not registered`);
    const night = nightOf(now, zoneOf(app, user), windowOf(app));
    if (!night) return { kind: 'closed', opens: nightly.opens };
    const scene = sceneOf(app, userId, night);
    const paid = await award(tx, app.pack, now, {
      userId,
      base: nightly.reward,
      reason: 'nightly',
      key: ledgerKeys.nightly(userId, night),
      ref: scene,
      zone: app.timeZone,
    });
    if (!paid.applied) return { kind: 'seen', scene };
    await appendEvents(tx, [
      { type: 'NightlyVisited', userId, at: now, payload: { night, scene, amount: paid.amount } },
    ]);
    return { kind: 'paid', scene, amount: paid.amount, balance: paid.balance };
  });
}
