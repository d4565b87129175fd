// What a person did in the channels before starting the bot: their reactions (paid now, within today's cap)
// and the channels they are in (ChannelJoined now, so missions count them). Runs in the registration's
// transaction, once, when the user is created.
import type { Transaction } from 'kysely';
import { uncreditedReactions } from '../../adapters/db/repositories/channel-posts.ts';
import { channelsOf } from '../../adapters/db/repositories/channels.ts';
import { appendEvents } from '../../adapters/db/repositories/events.ts';
import type { DB } from '../../adapters/db/schema.ts';
import type { AppContext } from '../services.ts';
import { managedChannels } from './membership.ts';
import { credit } from './reactions.ts';

export async function creditWaitingRewards(
  tx: Transaction<DB>,
  app: AppContext,
  userId: number,
  reactionsWaiting: boolean,
): Promise<number> {
  const now = app.clock.now();
  const joined = await channelsOf(tx, userId, managedChannels(app));
  await appendEvents(
    tx,
    joined.map((chatId) => ({ type: 'ChannelJoined' as const, userId, at: now, payload: { chatId } })),
  );
  if (!reactionsWaiting) return 0;
  let paid = 0;
  for (const reaction of await uncreditedReactions(tx, userId)) {
    const outcome = await credit(tx, app, { userId, ...reaction }, now);
    if (outcome.kind === 'paid') paid += outcome.amount;
  }
  return paid;
}
