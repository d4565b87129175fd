// The reaction buttons under a channel post, with their counters. Everyone reading the channel taps the same
// buttons, so their data is signed for no user in particular (CHANNEL_READER) and names the post and the
// emoji's place; the handler checks both against the post.
import { InlineKeyboard } from 'grammy';
import { reactionLabel } from '../../domain/channels.ts';
import type { CallbackCodec } from './callback-codec.ts';

export const REACTION_ACTION = 'rx';
/** The "user" channel buttons are signed for: the same data for every reader. */
export const CHANNEL_READER = 0;

export function reactionKeyboard(
  codec: CallbackCodec,
  post: { id: number; emojis: readonly string[] },
  counts: ReadonlyMap<string, number> = new Map(),
): InlineKeyboard {
  return InlineKeyboard.from([
    post.emojis.map((emoji, index) =>
      InlineKeyboard.text(
        reactionLabel(emoji, counts.get(emoji) ?? 0),
        codec.encode(CHANNEL_READER, REACTION_ACTION, [post.id, index]),
      ),
    ),
  ]);
}
