// Posts admins write through the bot or the API: a draft first (text, or a photo with its caption), shown to the
// admin before it goes out; publishing takes the draft once (a double tap publishes once), sends it to the
// channel with the pack's reaction buttons. Both steps are audited.
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import {
  type ChannelPost,
  claimDraft,
  findPost,
  insertDraft,
  markPublished,
  reactionCounts,
  releaseDraft,
} from '../../adapters/db/repositories/channel-posts.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import type { AppContext } from '../services.ts';

export type ChannelName = 'free' | 'vip';

export async function draftPost(
  app: AppContext,
  adminId: number,
  d: { channel: ChannelName; text: string; photo: string | null },
): Promise<ChannelPost | undefined> {
  const chatId = app.channels[d.channel];
  if (chatId === undefined) return undefined;
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const post = await insertDraft(tx, {
      chatId,
      text: d.text,
      photo: d.photo,
      emojis: [...app.pack.channels.reactions],
      createdBy: adminId,
      at: now,
    });
    await writeAudit(
      tx,
      {
        adminId,
        action: 'post-drafted',
        targetUserId: null,
        before: null,
        after: { chatId, photo: d.photo !== null },
        reason: d.text.slice(0, 200) || null,
        ref: `post:${post.id}`,
      },
      now,
    );
    return post;
  });
}

export function findChannelPost(app: AppContext, postId: number): Promise<ChannelPost | undefined> {
  return findPost(app.db, postId);
}

/** A post and, once it is in the channel, how many people chose each emoji (buttons and native reactions). */
export async function channelPostReactions(
  app: AppContext,
  postId: number,
): Promise<{ post: ChannelPost; reactions: Map<string, number> } | undefined> {
  const post = await findPost(app.db, postId);
  if (!post) return undefined;
  const reactions =
    post.messageId === null
      ? new Map<string, number>()
      : await reactionCounts(app.db, post.chatId, post.messageId);
  return { post, reactions };
}

export type PublishOutcome = { ok: true; post: ChannelPost } | { ok: false; reason: 'not_draft' };

/** Publishes a draft once; `send` puts it in the channel and returns the channel message's id. */
export async function publishPost(
  app: AppContext,
  adminId: number,
  postId: number,
  send: (post: ChannelPost) => Promise<number>,
): Promise<PublishOutcome> {
  const post = await findPost(app.db, postId);
  if (!post || !(await claimDraft(app.db, postId))) return { ok: false, reason: 'not_draft' };
  let messageId: number;
  try {
    messageId = await send(post);
  } catch (error) {
    await releaseDraft(app.db, postId);
    throw error;
  }
  const now = app.clock.now();
  await transact(app.db, async (tx) => {
    await markPublished(tx, postId, messageId, now);
    await writeAudit(
      tx,
      {
        adminId,
        action: 'post-published',
        targetUserId: null,
        before: null,
        after: { chatId: post.chatId, messageId },
        reason: post.text.slice(0, 200) || null,
        ref: `post:${postId}`,
      },
      now,
    );
  });
  return { ok: true, post: { ...post, status: 'published', messageId } };
}
