// VIP time, in the caller's transaction. Every grant is named by its cause (a token, a Stars charge, an admin's
// message), so one cause grants once however often it arrives; VIP ends at users.vip_until, and whenever that
// moves the durable jobs that follow it (the invitation, the reminders, the expiry) move with it.
import type { Executor } from '../../adapters/db/database.ts';
import { appendEvents } from '../../adapters/db/repositories/events.ts';
import { cancelJob, scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import { UnknownUser } from '../../adapters/db/repositories/ledger.ts';
import { lockUser } from '../../adapters/db/repositories/users.ts';
import { insertGrant, markGrantsRevoked, type VipGrant } from '../../adapters/db/repositories/vip.ts';
import { extendVip, reminderSchedule, shortenVip, type VipSource } from '../../domain/vip.ts';
import type { AppContext } from '../services.ts';

export const VIP_JOBS = { entry: 'vip-entry', reminder: 'vip-remind', expiry: 'vip-expire' } as const;

export interface GrantRequest {
  userId: number;
  planId: string | null;
  days: number;
  source: VipSource;
  /** The cause, unique: `token:<t>`, `stars:<charge>`, `admin:<admin>:<message>`. */
  ref: string;
}

/** `granted: false` when this cause had already granted VIP (nothing changes); `before`: the end it moved. */
export type GrantResult =
  | { granted: true; grant: VipGrant; before: Date | null }
  | { granted: false; until: Date | null };

export async function grantVip(tx: Executor, app: AppContext, g: GrantRequest): Promise<GrantResult> {
  const now = app.clock.now();
  const user = await lockUser(tx, g.userId);
  if (!user) throw new UnknownUser(`user ${g.userId} is not registered`);
  const until = extendVip(user.vipUntil, now, g.days);
  const grant = await insertGrant(tx, { ...g, until, at: now });
  if (!grant) return { granted: false, until: user.vipUntil };
  await setVipUntil(tx, app, g.userId, user.vipUntil, until);
  // The invitation to the VIP channel is made by a job: it calls Telegram outside this transaction.
  await scheduleEntry(tx, grant.id, now);
  await appendEvents(tx, [
    {
      type: 'VipGranted',
      userId: g.userId,
      at: now,
      payload: { planId: g.planId, until: until.toISOString(), source: g.source },
    },
  ]);
  return { granted: true, grant, before: user.vipUntil };
}

/**
 * Takes VIP time back: one grant's days (a refund) or all of it (an admin's revocation). When nothing is left,
 * the expiry job falls due now and takes the person out of the VIP channel.
 */
export async function revokeVipTime(
  tx: Executor,
  app: AppContext,
  r: { userId: number; grant?: VipGrant; reason: 'admin' | 'refund' },
): Promise<{ before: Date | null; after: Date | null }> {
  const now = app.clock.now();
  const user = await lockUser(tx, r.userId);
  if (!user) throw new UnknownUser(`user ${r.userId} is not registered`);
  const after = shortenVip(user.vipUntil, now, r.grant?.days);
  await markGrantsRevoked(tx, r.grant ? { grantId: r.grant.id } : { userId: r.userId }, now);
  if (after.getTime() === user.vipUntil?.getTime()) return { before: user.vipUntil, after: user.vipUntil };
  await setVipUntil(tx, app, r.userId, user.vipUntil, after);
  await appendEvents(tx, [
    {
      type: 'VipRevoked',
      userId: r.userId,
      at: now,
      payload: { until: after.toISOString(), reason: r.reason },
    },
  ]);
  return { before: user.vipUntil, after };
}

/** Schedules the invitation of a grant; `again` names a later attempt, so it is a job of its own. */
export async function scheduleEntry(tx: Executor, grantId: number, now: Date, again?: string): Promise<void> {
  await scheduleJob(tx, {
    kind: VIP_JOBS.entry,
    key: `${VIP_JOBS.entry}:${grantId}${again ? `:${again}` : ''}`,
    runAt: now,
    payload: { grantId },
  });
}

const reminderKey = (userId: number, until: Date, days: number) =>
  `${VIP_JOBS.reminder}:${userId}:${until.getTime()}:${days}`;
const expiryKey = (userId: number, until: Date) => `${VIP_JOBS.expiry}:${userId}:${until.getTime()}`;

/** Moves the VIP end and the jobs that follow it: the old end's reminders and expiry are cancelled. */
async function setVipUntil(
  tx: Executor,
  app: AppContext,
  userId: number,
  before: Date | null,
  until: Date,
): Promise<void> {
  const now = app.clock.now();
  await tx.updateTable('users').set({ vip_until: until }).where('id', '=', userId).execute();
  if (before) {
    await cancelJob(tx, expiryKey(userId, before));
    for (const days of app.pack.vip.reminder_days) await cancelJob(tx, reminderKey(userId, before, days));
  }
  const payload = { userId, until: until.toISOString() };
  await scheduleJob(tx, { kind: VIP_JOBS.expiry, key: expiryKey(userId, until), runAt: until, payload });
  for (const { days, at } of reminderSchedule(until, now, app.pack.vip.reminder_days)) {
    await scheduleJob(tx, {
      kind: VIP_JOBS.reminder,
      key: reminderKey(userId, until, days),
      runAt: at,
      payload: { ...payload, days },
    });
  }
}
