// The sandbox's demo channels start with posts carrying the reaction buttons (a welcome in each, a tip in the
// free one), so a newcomer can try reactions without being an admin. Published once, by the house (id 0),
// through the same draft-and-publish path as an admin's posts; a channel that has posts is left alone.

import type { ChannelPost } from '../../adapters/db/repositories/channel-posts.ts';
import { channelHasPosts } from '../../adapters/db/repositories/channel-posts.ts';
import type { AppContext } from '../services.ts';
import { type ChannelName, draftPost, publishPost } from './posts.ts';

/** The house publishes the demo posts; no person has this id. */
const HOUSE = 0;

const DEMO_POSTS: Record<ChannelName, readonly string[]> = {
  free: ['demo-post-free-welcome', 'demo-post-free-tip'],
  vip: ['demo-post-vip-welcome'],
};

/** Publishes the demo posts of each channel that has none; returns how many were published. */
export async function seedDemoPosts(
  app: AppContext,
  send: (post: ChannelPost) => Promise<number>,
): Promise<number> {
  let published = 0;
  const locale = app.pack.locales.codes[0]!;
  for (const channel of ['free', 'vip'] as const) {
    const chatId = app.channels[channel];
    if (chatId === undefined || (await channelHasPosts(app.db, chatId))) continue;
    for (const key of DEMO_POSTS[channel]) {
      const text = app.pack.locales.translate(locale, key);
      const draft = await draftPost(app, HOUSE, { channel, text, photo: null });
      if (draft && (await publishPost(app, HOUSE, draft.id, send)).ok) published++;
    }
  }
  return published;
}
