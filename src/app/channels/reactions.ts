// Reactions to channel posts: a person's first reaction to a message (by button or natively, one key for both)
// is recorded, pays the pack's reaction reward within the daily cap, and emits ReactionRecorded. People who
// never started the bot keep their reaction waiting; the reward is paid when they do. Button counters are
// redrawn by a durable job, at most once per post and refresh window.
import type { Executor } from '../../adapters/db/database.ts';
import {
  type ChannelPost,
  findPost,
  findPostByMessage,
  findReaction,
  insertReaction,
  markReactionCredited,
  reactionCounts,
} from '../../adapters/db/repositories/channel-posts.ts';
import { appendEvents, transact } from '../../adapters/db/repositories/events.ts';
import { scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import { findUser, isRegistered } from '../../adapters/db/repositories/users.ts';
import { counterWindow } from '../../domain/channels.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { isFlagOn } from '../flags.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { award } from '../ledger.ts';
import type { AppContext } from '../services.ts';
import type { TelegramGateway } from '../telegram-gateway.ts';
import { isManaged } from './membership.ts';

export const COUNTERS_JOB = 'post-counters';

/**
 * `paid`: recorded and rewarded; `capped`: recorded, but today's reaction rewards are used up; `waiting`:
 * recorded for someone who has not started the bot (paid when they do); `already`: they had reacted to this
 * message before (with `emoji`); `paused`: recorded, but rewards for reactions are switched off (the
 * channel_rewards flag); `unknown`: not a post or reaction the bot takes.
 */
export type ReactionOutcome =
  | { kind: 'paid'; amount: number; balance: number }
  | { kind: 'capped' }
  | { kind: 'waiting' }
  | { kind: 'already'; emoji: string }
  | { kind: 'paused' }
  | { kind: 'unknown' };

interface Reaction {
  userId: number;
  chatId: number;
  messageId: number;
  emoji: string;
  source: 'button' | 'native';
  post: ChannelPost | undefined;
}

/** A tap on the `index`th reaction button of a post. */
export async function reactWithButton(
  app: AppContext,
  r: { userId: number; postId: number; index: number; chatId: number; messageId: number },
): Promise<ReactionOutcome> {
  const post = await findPost(app.db, r.postId);
  const emoji = post?.emojis[r.index];
  // The button must be under the post it names (buttons are signed, so this only fails for stale data).
  if (!post || !emoji || post.chatId !== r.chatId || post.messageId !== r.messageId)
    return { kind: 'unknown' };
  return record(app, {
    userId: r.userId,
    chatId: r.chatId,
    messageId: r.messageId,
    emoji,
    source: 'button',
    post,
  });
}

/** A native reaction (message_reaction) in one of the channels the bot administers. */
export async function reactNatively(
  app: AppContext,
  r: { userId: number; chatId: number; messageId: number; emoji: string },
): Promise<ReactionOutcome> {
  if (!isManaged(app, r.chatId)) return { kind: 'unknown' };
  const post = await findPostByMessage(app.db, r.chatId, r.messageId);
  return record(app, { ...r, source: 'native', post });
}

async function record(app: AppContext, r: Reaction): Promise<ReactionOutcome> {
  const now = app.clock.now();
  const person = await findUser(app.db, r.userId);
  const rewarded = await isFlagOn(app, 'channel_rewards', person);
  return transact(app.db, async (tx) => {
    const fresh = await insertReaction(tx, { ...r, postId: r.post?.id ?? null, at: now });
    if (!fresh) {
      const earlier = await findReaction(tx, r.chatId, r.messageId, r.userId);
      return { kind: 'already', emoji: earlier?.emoji ?? r.emoji };
    }
    if (r.post) await scheduleCounters(tx, app, r.post.id, now);
    if (!(await isRegistered(tx, r.userId))) return { kind: 'waiting' };
    if (!rewarded) return { kind: 'paused' };
    return credit(tx, app, { ...r, postId: r.post?.id ?? null }, now);
  });
}

/** Pays a recorded reaction and emits ReactionRecorded (both once: the ledger key is the reaction's). */
export async function credit(
  tx: Executor,
  app: AppContext,
  r: { userId: number; chatId: number; messageId: number; postId: number | null; emoji: string },
  now: Date,
): Promise<ReactionOutcome> {
  const paid = await award(tx, app.pack, now, {
    userId: r.userId,
    base: app.pack.economy.rewards.reaction,
    reason: 'reaction',
    key: ledgerKeys.reaction(r.userId, r.chatId, r.messageId),
    ref: r.postId === null ? `${r.chatId}:${r.messageId}` : `post:${r.postId}`,
    zone: app.timeZone,
  });
  await markReactionCredited(tx, r, now);
  await appendEvents(tx, [
    {
      type: 'ReactionRecorded',
      userId: r.userId,
      at: now,
      payload: { chatId: r.chatId, messageId: r.messageId, postId: r.postId, emoji: r.emoji },
    },
  ]);
  if (paid.capped) return { kind: 'capped' };
  return { kind: 'paid', amount: paid.amount, balance: paid.balance };
}

/** Queues one redraw of the post's counters for the end of the current refresh window. */
async function scheduleCounters(tx: Executor, app: AppContext, postId: number, now: Date): Promise<void> {
  const { window, runAt } = counterWindow(now, app.pack.channels.counter_refresh_seconds);
  await scheduleJob(tx, {
    kind: COUNTERS_JOB,
    key: `${COUNTERS_JOB}:${postId}:${window}`,
    runAt,
    payload: { postId },
  });
}

export function counterRefreshJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const post = await findPost(app.db, Number(job.payload.postId));
    if (!post || post.messageId === null) return;
    const counts = await reactionCounts(app.db, post.chatId, post.messageId);
    await telegram.showReactionCounts({ ...post, messageId: post.messageId }, counts);
  };
}
