// The VIP channel's door. Invitations only create join requests, so the bot decides who comes in: a request is
// approved for a person with VIP time (following their own invitation, or none), and declined for everyone
// else — an invitation forwarded to someone else is worth nothing to them. Whoever is found inside without VIP
// time (added by hand, or through an invitation made before invitations were bound to their owners) is taken
// out again, audited, and the owner of the invitation they used gets a fresh one. A periodic sweep does the
// same for every member the bot has seen.

import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { isMember, setMembership } from '../../adapters/db/repositories/channels.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import { scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import {
  findInviteByLink,
  latestGrant,
  markInviteRevoked,
  membersWithoutVip,
  type VipInvite,
} from '../../adapters/db/repositories/vip.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { isVipAt } from '../player.ts';
import type { AppContext } from '../services.ts';
import type { TelegramGateway } from '../telegram-gateway.ts';
import { scheduleEntry } from './grants.ts';
import { usableInvitation } from './lifecycle.ts';

export const VIP_DOOR_JOBS = { removal: 'vip-remove-unentitled', sweep: 'vip-sweep' } as const;

/** The audit log's actor for what the bot does on its own (no admin asked for it). */
export const BOT_ACTOR = 0;

const SWEEP_EVERY_MS = 60 * 60_000;

/** Who may be in the VIP channel: a person with VIP time, or an admin of the bot. */
async function entitled(app: AppContext, userId: number, now: Date): Promise<boolean> {
  if (app.adminIds.has(userId)) return true;
  const user = await findUser(app.db, userId);
  return Boolean(user && isVipAt(user, now));
}

export type DoorAnswer = 'approved' | 'declined' | 'ignored';

/**
 * A join request to the VIP channel: approved when the requester has VIP time and the invitation they
 * followed (if any) is their own; declined otherwise.
 */
export async function answerVipJoinRequest(
  app: AppContext,
  telegram: TelegramGateway,
  r: { chatId: number; userId: number; inviteLink: string | undefined },
): Promise<DoorAnswer> {
  if (r.chatId !== app.channels.vip) return 'ignored';
  const now = app.clock.now();
  const invite = r.inviteLink ? await findInviteByLink(app.db, r.inviteLink) : undefined;
  const foreignInvite = invite !== undefined && invite.userId !== r.userId;
  const allowed = !foreignInvite && (await entitled(app, r.userId, now));
  if (allowed) {
    await telegram.approveJoinRequest(r.chatId, r.userId);
  } else {
    await telegram.declineJoinRequest(r.chatId, r.userId);
  }
  app.log.info(
    {
      chat_id: r.chatId,
      user_id: r.userId,
      invite_owner: invite?.userId,
      outcome: allowed ? 'approved' : 'declined',
    },
    'VIP channel join request answered',
  );
  return allowed ? 'approved' : 'declined';
}

/**
 * Someone is now a member of the VIP channel (a chat_member update): if they have no right to be there, their
 * removal is scheduled at once (a durable job: it calls Telegram).
 */
export async function checkVipMember(
  app: AppContext,
  m: { chatId: number; userId: number; inviteLink: string | undefined },
): Promise<boolean> {
  if (m.chatId !== app.channels.vip) return false;
  const now = app.clock.now();
  if (await entitled(app, m.userId, now)) return false;
  await scheduleRemoval(app, { userId: m.userId, inviteLink: m.inviteLink, cause: 'joined' }, now);
  return true;
}

async function scheduleRemoval(
  app: AppContext,
  r: { userId: number; inviteLink: string | undefined; cause: 'joined' | 'sweep' },
  now: Date,
): Promise<void> {
  await scheduleJob(app.db, {
    kind: VIP_DOOR_JOBS.removal,
    key: `${VIP_DOOR_JOBS.removal}:${r.userId}:${now.getTime()}`,
    runAt: now,
    payload: { userId: r.userId, inviteLink: r.inviteLink ?? null, cause: r.cause },
  });
}

/**
 * Takes someone without VIP time out of the VIP channel (able to come back once they have it), audits it, and
 * gives the owner of the invitation they used a fresh one. Checks again first: VIP time granted meanwhile, or
 * gone already, leaves them alone.
 */
export function vipRemovalJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const vipChannel = app.channels.vip;
    const userId = Number(job.payload.userId);
    const inviteLink = typeof job.payload.inviteLink === 'string' ? job.payload.inviteLink : undefined;
    const now = app.clock.now();
    if (!vipChannel || (await entitled(app, userId, now))) return;
    if (!(await isMember(app.db, vipChannel, userId))) return;
    if ((await telegram.removeMember(vipChannel, userId)) === 'administrator') {
      app.log.info({ user_id: userId }, 'an administrator of the VIP channel stays in it');
      return;
    }
    const invite = inviteLink ? await findInviteByLink(app.db, inviteLink) : undefined;
    if (invite && !invite.revokedAt) {
      await telegram.revokeInviteLink(invite.chatId, invite.inviteLink);
      await markInviteRevoked(app.db, invite.inviteLink, now);
    }
    await transact(app.db, async (tx) => {
      await setMembership(tx, { chatId: vipChannel, userId, isMember: false, at: now });
      await writeAudit(
        tx,
        {
          adminId: BOT_ACTOR,
          action: 'vip-channel-removal',
          targetUserId: userId,
          before: { member: true },
          after: { member: false },
          reason: String(job.payload.cause ?? 'joined'),
          ref: invite ? `invite-of:${invite.userId}` : null,
        },
        now,
      );
      // The invitation's owner loses nothing: a fresh one is made and sent to them.
      if (invite && invite.userId !== userId) {
        await scheduleEntry(tx, invite.grantId, now, `reissued:${now.getTime()}`);
      }
    });
    app.log.warn(
      { user_id: userId, invite_owner: invite?.userId, cause: job.payload.cause },
      'someone without VIP time was taken out of the VIP channel',
    );
  };
}

/**
 * 💎 VIP's "ask for my invitation": a VIP outside the VIP channel gets a usable invitation in their name (the
 * one they hold, or a fresh one). Nothing for anyone else.
 */
export async function invitationFor(
  app: AppContext,
  telegram: TelegramGateway,
  userId: number,
): Promise<VipInvite | undefined> {
  const vipChannel = app.channels.vip;
  const user = await findUser(app.db, userId);
  const now = app.clock.now();
  if (!vipChannel || !user || !isVipAt(user, now) || (await isMember(app.db, vipChannel, userId)))
    return undefined;
  const grant = await latestGrant(app.db, userId);
  return grant && usableInvitation(app, telegram, grant, now);
}

export function scheduleVipSweep(app: AppContext, at = app.clock.now()): Promise<boolean> {
  return scheduleJob(app.db, {
    kind: VIP_DOOR_JOBS.sweep,
    key: `${VIP_DOOR_JOBS.sweep}:${Math.floor(at.getTime() / SWEEP_EVERY_MS)}`,
    runAt: at,
  });
}

/** Every hour: whoever the bot has seen in the VIP channel without VIP time is scheduled for removal. */
export function vipSweepJob(app: AppContext): JobHandler {
  return async () => {
    const vipChannel = app.channels.vip;
    const now = app.clock.now();
    if (vipChannel) {
      const found = await membersWithoutVip(app.db, vipChannel, now);
      for (const userId of found.filter((id) => !app.adminIds.has(id))) {
        await scheduleRemoval(app, { userId, inviteLink: undefined, cause: 'sweep' }, now);
      }
      if (found.length) app.log.info({ found: found.length }, 'VIP sweep: members without VIP time');
    }
    await scheduleVipSweep(app, new Date(now.getTime() + SWEEP_EVERY_MS));
  };
}
