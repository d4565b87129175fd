// 📣 Admin › Channels: figures (join requests, approvals, members, reactions per post) and new posts. The admin
// picks a channel and sends a text, or a photo with its caption; the bot shows the draft, and ✅ Publish puts it
// in the channel with the reaction buttons (once, however often it is tapped). Publishing is audited.

import { type ChannelName, draftPost, findChannelPost, publishPost } from '../../../app/channels/posts.ts';
import { channelStats } from '../../../app/channels/stats.ts';
import type { ChannelPost } from '../../db/repositories/channel-posts.ts';
import type { CallbackCodec } from '../callback-codec.ts';
import type { BotContext } from '../context.ts';
import { reactionKeyboard } from '../reaction-keyboard.ts';
import {
  type ButtonSpec,
  keyboard,
  MAX_CAPTION_CHARS,
  MAX_MESSAGE_CHARS,
  type Screen,
  showScreen,
} from '../screen.ts';
import { type AdminModule, type AdminReply, awaitAnswer, backToAdmin, forgetQuestion } from './admin.ts';

const POSTS_SHOWN = 5;
const PREVIEW_CHARS = 40;

function backToChannels(ctx: BotContext): ButtonSpec {
  return { label: ctx.t('admin-channels-back'), action: 'adm', args: ['channels'] };
}

async function channelsScreen(ctx: BotContext, notice?: string): Promise<Screen> {
  const { channels, posts } = await channelStats(ctx.app, POSTS_SHOWN);
  const lines = [...(notice ? [notice, ''] : []), ctx.t('admin-channels-title')];
  if (channels.length === 0) lines.push(ctx.t('admin-channels-none'));
  for (const c of channels) {
    lines.push(
      '',
      ctx.t(`admin-channels-${c.channel}`, {
        members: c.members,
        reactions: c.reactions,
        ...c.joinRequests,
      }),
    );
  }
  lines.push('', ctx.t('admin-channels-posts'));
  if (posts.length === 0) lines.push(ctx.t('admin-channels-no-posts'));
  for (const p of posts) {
    const preview = (p.text || ctx.t('admin-post-photo')).replace(/\s+/g, ' ').slice(0, PREVIEW_CHARS);
    const byEmoji = p.byEmoji.map(([emoji, n]) => `${emoji} ${n}`).join(' · ');
    lines.push(
      ctx.t('admin-channels-post-line', {
        id: p.id,
        preview,
        reactions: p.reactions,
        byEmoji: byEmoji || '—',
      }),
    );
  }
  const newPost = channels.map((c) => ({
    label: ctx.t(`admin-post-new-${c.channel}`),
    action: 'acnew',
    args: [c.channel],
  }));
  return {
    text: lines.join('\n'),
    keyboard: keyboard(ctx, [
      newPost,
      [{ label: ctx.t('admin-refresh-button'), action: 'adm', args: ['channels'] }],
      [backToAdmin(ctx)],
    ]),
  };
}

/**
 * The draft as it will look, with the buttons to publish it or go back. The heading shares the message when both
 * fit in Telegram's limits; a draft that uses them to the full gets the heading in a message of its own.
 */
async function showDraft(ctx: BotContext, post: ChannelPost): Promise<void> {
  const channel = post.chatId === ctx.app.channels.vip ? 'vip' : 'free';
  const heading = ctx.t('admin-post-preview', { channel: ctx.t(`admin-post-channel-${channel}`) });
  const together = [heading, '', post.text].join('\n').trim();
  const fits = together.length <= (post.photo ? MAX_CAPTION_CHARS : MAX_MESSAGE_CHARS);
  if (!fits) await ctx.reply(heading);
  await showScreen(ctx, {
    text: fits ? together : post.text,
    photo: post.photo ?? undefined,
    keyboard: keyboard(ctx, [
      [{ label: post.emojis.join(' '), action: 'noop' }],
      [{ label: ctx.t('admin-post-publish-button'), action: 'acpub', args: [post.id] }],
      [backToChannels(ctx)],
    ]),
  });
}

function draftReply(channel: ChannelName): AdminReply {
  return async (ctx, _session, text) => {
    const photo = ctx.message?.photo?.at(-1)?.file_id ?? null;
    if (!photo && !text.trim()) {
      await ctx.reply(ctx.t('admin-post-empty'));
      return;
    }
    await forgetQuestion(ctx);
    const post = await draftPost(ctx.app, ctx.from!.id, { channel, text: text.trim(), photo });
    if (!post) {
      await ctx.reply(ctx.t('admin-channels-none'));
      return;
    }
    await showDraft(ctx, post);
  };
}

/** Puts a draft in its channel with the reaction buttons; the channel message's id (the admin API posts through it too). */
export function channelPostSender(
  api: Pick<BotContext['api'], 'sendMessage' | 'sendPhoto'>,
  codec: CallbackCodec,
) {
  return async (draft: ChannelPost): Promise<number> => {
    const markup = { reply_markup: reactionKeyboard(codec, draft) };
    const sent = draft.photo
      ? await api.sendPhoto(draft.chatId, draft.photo, { caption: draft.text || undefined, ...markup })
      : await api.sendMessage(draft.chatId, draft.text, markup);
    return sent.message_id;
  };
}

export const adminChannels: AdminModule = {
  section: { id: 'channels', label: 'admin-section-channels', screen: (ctx) => channelsScreen(ctx) },
  actions: {
    acnew: async (ctx, [channel = '']) => {
      if (channel !== 'free' && channel !== 'vip') return ctx.t('button-unknown');
      await awaitAnswer(ctx, `post-${channel}`);
      await showScreen(ctx, {
        text: ctx.t('admin-post-prompt', { channel: ctx.t(`admin-post-channel-${channel}`) }),
        keyboard: keyboard(ctx, [
          [{ label: ctx.t('admin-cancel-button'), action: 'adm', args: ['channels'] }],
        ]),
      });
    },
    // The preview's row of emojis is only a picture of the buttons to come.
    noop: async () => undefined,
    acpub: async (ctx, [id = '']) => {
      const post = await findChannelPost(ctx.app, Number(id));
      if (!post) return ctx.t('button-unknown');
      const outcome = await publishPost(
        ctx.app,
        ctx.from!.id,
        post.id,
        channelPostSender(ctx.api, ctx.codec),
      );
      if (!outcome.ok) return ctx.t('admin-post-already');
      await showScreen(
        ctx,
        await channelsScreen(ctx, ctx.t('admin-post-published', { id: outcome.post.id })),
      );
      return ctx.t('admin-post-toast-published');
    },
  },
  replies: { 'post-free': draftReply('free'), 'post-vip': draftReply('vip') },
};
