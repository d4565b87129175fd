// The free channel's door: a join request is recorded once, and a durable job approves it after the
// configured wait (JOIN_REQUEST_DELAY_SECONDS), surviving restarts. The job is safe to run again: a request
// already handled is left alone, and Telegram's "already a member" or "no such request" (withdrawn) close it
// without an error.
import {
  closeJoinRequest,
  findJoinRequest,
  insertJoinRequest,
} from '../../adapters/db/repositories/channels.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { AppContext } from '../services.ts';
import type { TelegramGateway } from '../telegram-gateway.ts';
import { recordMembership } from './membership.ts';

export const JOIN_APPROVAL_JOB = 'join-approve';

export interface JoinRequestInput {
  chatId: number;
  userId: number;
  /** Telegram's date of the request: a redelivered update carries the same one. */
  requestedAt: Date;
  language: string | null;
}

/** `fresh`: first time this request is seen (the caller greets the person then). */
export type JoinRequestReceipt = { kind: 'ignored' } | { kind: 'recorded'; fresh: boolean; approveAt: Date };

export async function receiveJoinRequest(app: AppContext, r: JoinRequestInput): Promise<JoinRequestReceipt> {
  // Only the free channel's door is the bot's to open; the VIP channel is entered by invitation.
  if (r.chatId !== app.channels.free) return { kind: 'ignored' };
  const now = app.clock.now();
  const approveAt = new Date(now.getTime() + app.channels.joinRequestDelaySeconds * 1000);
  const fresh = await transact(app.db, async (tx) => {
    if (!(await insertJoinRequest(tx, { ...r, at: now }))) return false;
    await scheduleJob(tx, {
      kind: JOIN_APPROVAL_JOB,
      key: `${JOIN_APPROVAL_JOB}:${r.chatId}:${r.userId}:${r.requestedAt.getTime()}`,
      runAt: approveAt,
      payload: { chatId: r.chatId, userId: r.userId, requestedAt: r.requestedAt.toISOString() },
    });
    await appendEvents(tx, [
      { type: 'JoinRequestReceived', userId: r.userId, at: now, payload: { chatId: r.chatId } },
    ]);
    return true;
  });
  return { kind: 'recorded', fresh, approveAt };
}

export function joinApprovalJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const key = {
      chatId: Number(job.payload.chatId),
      userId: Number(job.payload.userId),
      requestedAt: new Date(String(job.payload.requestedAt)),
    };
    const request = await findJoinRequest(app.db, key);
    if (request?.status !== 'pending') return;
    const outcome = await telegram.approveJoinRequest(key.chatId, key.userId);
    await transact(app.db, async (tx) => {
      const status = outcome === 'missing' ? 'withdrawn' : outcome;
      if (!(await closeJoinRequest(tx, key, status, app.clock.now()))) return;
      if (status !== 'withdrawn')
        await recordMembership(tx, app, { chatId: key.chatId, userId: key.userId, isMember: true });
    });
    app.log.info({ chat_id: key.chatId, user_id: key.userId, outcome }, 'join request handled');
  };
}
