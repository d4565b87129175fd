// What 💎 VIP shows a person: whether they are VIP and until when, the days left, an invitation to the VIP
// channel still waiting to be used, and the plans on sale.
import { isMember } from '../../adapters/db/repositories/channels.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import { openInvites, type VipInvite } from '../../adapters/db/repositories/vip.ts';
import type { Plan } from '../../content/plans-schema.ts';
import { daysLeft } from '../../domain/vip.ts';
import { isVipAt } from '../player.ts';
import type { AppContext } from '../services.ts';

export interface VipStatus {
  isVip: boolean;
  until: Date | null;
  daysLeft: number;
  /** VIP, but not in the VIP channel: an invitation is waiting, or a fresh one can be asked for. */
  outside: boolean;
  /** An invitation to the VIP channel not used yet (only while VIP and not in the channel). */
  invite: VipInvite | undefined;
  plans: Plan[];
}

export async function vipStatus(app: AppContext, userId: number): Promise<VipStatus | undefined> {
  const user = await findUser(app.db, userId);
  if (!user) return undefined;
  const now = app.clock.now();
  const isVip = isVipAt(user, now);
  const vipChannel = app.channels.vip;
  const outside = isVip && vipChannel !== undefined && !(await isMember(app.db, vipChannel, userId));
  const waiting = outside ? (await openInvites(app.db, userId, now))[0] : undefined;
  return {
    isVip,
    outside,
    until: isVip ? user.vipUntil : null,
    daysLeft: isVip ? daysLeft(user.vipUntil, now) : 0,
    invite: waiting,
    plans: [...app.pack.vip.plans.values()],
  };
}
