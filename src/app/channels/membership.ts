// Who is in the channels. Telegram reports joins and departures from several places (the bot's approvals,
// chat_member updates); only a change counts, and a person who joins emits ChannelJoined once per join.
// People who never started the bot get theirs when they do (see waiting-rewards.ts).
import type { Executor } from '../../adapters/db/database.ts';
import { setMembership } from '../../adapters/db/repositories/channels.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { isRegistered } from '../../adapters/db/repositories/users.ts';
import { findInviteByLink, markInviteUsed } from '../../adapters/db/repositories/vip.ts';
import type { AppContext } from '../services.ts';

/** The channels the bot administers, by id. */
export function managedChannels(app: AppContext): number[] {
  return [app.channels.free, app.channels.vip].filter((id): id is number => id !== undefined);
}

export function isManaged(app: AppContext, chatId: number): boolean {
  return managedChannels(app).includes(chatId);
}

/** Records a membership in this transaction; true when the person has just joined. */
export async function recordMembership(
  tx: Executor,
  app: AppContext,
  m: { chatId: number; userId: number; isMember: boolean },
): Promise<boolean> {
  const at = app.clock.now();
  const changed = await setMembership(tx, { ...m, at });
  const joined = changed && m.isMember;
  if (joined && (await isRegistered(tx, m.userId))) {
    await appendEvents(tx, [{ type: 'ChannelJoined', userId: m.userId, at, payload: { chatId: m.chatId } }]);
  }
  return joined;
}

export interface MemberChange {
  chatId: number;
  userId: number;
  isMember: boolean;
  /** The invitation the person joined through, if any. */
  inviteLink?: string | undefined;
}

/**
 * A chat_member update: records the change and, for a join through a VIP invitation, marks the invitation
 * used. Returns the invitation to revoke (it served its purpose), if any.
 */
export async function memberChanged(
  app: AppContext,
  change: MemberChange,
): Promise<{ joined: boolean; usedInvite?: string }> {
  if (!isManaged(app, change.chatId)) return { joined: false };
  return transact(app.db, async (tx) => {
    const joined = await recordMembership(tx, app, change);
    const link = change.inviteLink;
    if (!joined || !link) return { joined };
    const invite = await findInviteByLink(tx, link);
    if (!invite || invite.userId !== change.userId) return { joined };
    const used = await markInviteUsed(tx, link, app.clock.now());
    return used ? { joined, usedInvite: link } : { joined };
  });
}
