// Channel figures for admins: join requests and approvals, members, reactions, and reactions per post.
import {
  type PostStats,
  reactionTotal,
  recentPostStats,
} from '../../adapters/db/repositories/channel-posts.ts';
import {
  type JoinRequestCounts,
  joinRequestCounts,
  memberCount,
} from '../../adapters/db/repositories/channels.ts';
import type { AppContext } from '../services.ts';
import type { ChannelName } from './posts.ts';

export interface ChannelFigures {
  channel: ChannelName;
  chatId: number;
  members: number;
  reactions: number;
  joinRequests: JoinRequestCounts;
}

export async function channelStats(
  app: AppContext,
  posts: number,
): Promise<{ channels: ChannelFigures[]; posts: PostStats[] }> {
  const channels: ChannelFigures[] = [];
  for (const channel of ['free', 'vip'] as const) {
    const chatId = app.channels[channel];
    if (chatId === undefined) continue;
    channels.push({
      channel,
      chatId,
      members: await memberCount(app.db, chatId),
      reactions: await reactionTotal(app.db, chatId),
      joinRequests: await joinRequestCounts(app.db, chatId),
    });
  }
  return { channels, posts: await recentPostStats(app.db, posts) };
}
