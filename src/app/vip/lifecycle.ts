// The durable jobs that follow a VIP: the single-use invitation to the VIP channel after a grant, Lucien's
// reminders before the end, and the end itself (out of the VIP channel, VipExpired, a farewell with a way to
// renew). Each job checks that the VIP it was scheduled for still stands (a renewal or a revocation moves the
// end, and its jobs with it) and claims its effects before acting, so a job that runs again after a crash
// never acts twice.
import { isMember } from '../../adapters/db/repositories/channels.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import type { Job } from '../../adapters/db/repositories/jobs.ts';
import { claimSideEffect, sideEffectDone } from '../../adapters/db/repositories/side-effects.ts';
import { findUser, lockUser, type User } from '../../adapters/db/repositories/users.ts';
import {
  findGrant,
  insertInvite,
  latestGrant,
  latestInviteOfGrant,
  markInviteRevoked,
  openInvites,
  unusedInvites,
  type VipGrant,
  type VipInvite,
} from '../../adapters/db/repositories/vip.ts';
import { daysLeft } from '../../domain/vip.ts';
import { recordMembership } from '../channels/membership.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { isVipAt } from '../player.ts';
import type { AppContext } from '../services.ts';
import type { OutgoingButton, TelegramGateway } from '../telegram-gateway.ts';
import { zoneOf } from '../zone.ts';
import { scheduleEntry } from './grants.ts';

/** Texts of the jobs' messages in the user's language, with dates in their zone. */
export function wording(app: AppContext, user: User) {
  const t = (key: string, args?: Record<string, string | number>) =>
    app.pack.locales.translate(user.language, key, args);
  const date = (d: Date) =>
    new Intl.DateTimeFormat(user.language, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: zoneOf(app, user),
    }).format(d);
  const renew: OutgoingButton = { label: t('vip-renew-button'), action: 'nav', args: ['vip'] };
  return { t, date, renew };
}

/**
 * After a grant: an invitation to the VIP channel, bound to its owner (it only creates join requests, approved
 * for them alone — see door.ts), made once per grant and sent once. Scheduled again (`again`) when the VIP needs
 * a new one: the previous one was used by someone else, or they were inside and came out.
 */
export function vipEntryJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const vipChannel = app.channels.vip;
    const grant = await findGrant(app.db, Number(job.payload.grantId));
    const user = grant && (await findUser(app.db, grant.userId));
    const now = app.clock.now();
    if (!vipChannel || !grant || !user || grant.revokedAt || !isVipAt(user, now)) return;
    // Already inside (a renewal), or holding a usable invitation from an earlier grant: nothing to make.
    if (await isMember(app.db, vipChannel, user.id)) return;
    const held = await latestInviteOfGrant(app.db, grant.id);
    if (!held && (await openInvites(app.db, user.id, now)).length > 0) return;
    const invite = await usableInvitation(app, telegram, grant, now);
    if (!invite) return;
    // The VIP may have been revoked while the invitation was being made, after its end had revoked the
    // invitations it could see: this one is then revoked here.
    if (!(await grantStands(app, grant, now))) {
      if (!invite.revokedAt) {
        await telegram.revokeInviteLink(invite.chatId, invite.inviteLink);
        await markInviteRevoked(app.db, invite.inviteLink, now);
      }
      return;
    }
    const sentKey = `vip-invite-sent:${grant.id}${invite.seq > 0 ? `:${invite.seq}` : ''}`;
    if (!(await claimSideEffect(app.db, sentKey, now))) return;
    const { t, date } = wording(app, user);
    await telegram.send(user.id, {
      text: t('vip-invite-message', { until: date(user.vipUntil!), expires: date(invite.expiresAt) }),
      buttons: [[{ label: t('vip-invite-button'), url: invite.inviteLink }]],
    });
  };
}

/**
 * The grant's latest invitation while it can still be used (not used, revoked or expired), or else a fresh
 * one. Two runs at once make the same next one: the first stored wins, and the other's link is revoked.
 */
export async function usableInvitation(
  app: AppContext,
  telegram: TelegramGateway,
  grant: VipGrant,
  now: Date,
): Promise<VipInvite | undefined> {
  const vipChannel = app.channels.vip;
  const latest = await latestInviteOfGrant(app.db, grant.id);
  if (!vipChannel) return undefined;
  if (latest && !latest.usedAt && !latest.revokedAt && latest.expiresAt > now) return latest;
  const seq = latest ? latest.seq + 1 : 0;
  const expiresAt = new Date(now.getTime() + app.pack.vip.invite_link_hours * 3_600_000);
  const link = await telegram.createInviteLink(vipChannel, {
    name: `vip-${grant.id}-${seq}`,
    expireAt: expiresAt,
  });
  const stored = {
    grantId: grant.id,
    seq,
    userId: grant.userId,
    chatId: vipChannel,
    link,
    expiresAt,
    at: now,
  };
  if (!(await insertInvite(app.db, stored))) await telegram.revokeInviteLink(vipChannel, link);
  return latestInviteOfGrant(app.db, grant.id);
}

/** Whether a grant still gives VIP now, read under the user's lock (after any revocation has committed). */
async function grantStands(app: AppContext, grant: VipGrant, now: Date): Promise<boolean> {
  return transact(app.db, async (tx) => {
    const user = await lockUser(tx, grant.userId);
    const current = await findGrant(tx, grant.id);
    return Boolean(user && current && !current.revokedAt && isVipAt(user, now));
  });
}

/** The VIP this job was scheduled for, if it still stands (the end has not moved since). */
async function scheduledVip(app: AppContext, job: Job): Promise<User | undefined> {
  const user = await findUser(app.db, Number(job.payload.userId));
  const until = new Date(String(job.payload.until));
  return user?.vipUntil?.getTime() === until.getTime() ? user : undefined;
}

export function vipReminderJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const user = await scheduledVip(app, job);
    const now = app.clock.now();
    if (!user || !isVipAt(user, now)) return;
    const until = user.vipUntil!;
    const left = daysLeft(until, now);
    const claimed = await transact(app.db, async (tx) => {
      if (!(await claimSideEffect(tx, `vip-reminder:${user.id}:${until.getTime()}:${job.payload.days}`, now)))
        return false;
      await appendEvents(tx, [
        {
          type: 'VipReminderSent',
          userId: user.id,
          at: now,
          payload: { until: until.toISOString(), daysLeft: left },
        },
      ]);
      return true;
    });
    if (!claimed) return;
    const { t, date, renew } = wording(app, user);
    await telegram.send(user.id, {
      text: t('vip-reminder', { days: left, until: date(until) }),
      buttons: [[renew]],
    });
  };
}

/** The end: out of the VIP channel (able to come back), unused invitations revoked, VipExpired, a farewell. */
export function vipExpiryJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const user = await scheduledVip(app, job);
    const now = app.clock.now();
    if (!user || isVipAt(user, now)) return;
    const until = user.vipUntil!;
    const vipChannel = app.channels.vip;
    const removedKey = `vip-removed:${user.id}:${until.getTime()}`;
    if (vipChannel && !(await sideEffectDone(app.db, removedKey))) {
      // Invitations of a renewal made while this runs belong to the new VIP: they stay.
      for (const invite of await unusedInvites(app.db, user.id, until)) {
        await telegram.revokeInviteLink(invite.chatId, invite.inviteLink);
        await markInviteRevoked(app.db, invite.inviteLink, now);
      }
      await telegram.removeMember(vipChannel, user.id);
    }
    const farewell = await transact(app.db, async (tx) => {
      const current = await lockUser(tx, user.id);
      if (vipChannel) {
        await claimSideEffect(tx, removedKey, now);
        await recordMembership(tx, app, { chatId: vipChannel, userId: user.id, isMember: false });
      }
      if (current && isVipAt(current, now)) {
        // Renewed while Telegram was being told: no farewell; the new VIP's invitation is made (again) now
        // that they are out, in case it was skipped while they were still inside.
        const grant = await latestGrant(tx, user.id);
        if (vipChannel && grant) await scheduleEntry(tx, grant.id, now, `after:${until.getTime()}`);
        return false;
      }
      if (!(await claimSideEffect(tx, `vip-expired:${user.id}:${until.getTime()}`, now))) return false;
      await appendEvents(tx, [{ type: 'VipExpired', userId: user.id, at: now, payload: {} }]);
      return true;
    });
    if (!farewell) return;
    const { t, renew } = wording(app, user);
    await telegram.send(user.id, { text: t('vip-farewell'), buttons: [[renew]] });
  };
}
