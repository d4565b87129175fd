// What a person did in the channels before starting the bot: their reactions (paid now, within today's cap)
// and the channels they are in (ChannelJoined now, so missions count them). Runs in the registration's
// transaction, once, when the user is created.
import type { Transaction } from 'kysely';
import { uncreditedReactions } from '../../adapters/db/repositories/channel-posts.ts';
import { appendEvents } from '../../adapters/db/repositories/events.ts';
import type { DB } from '../../adapters/db/schema.ts';
import type { AppContext } from '../services.ts';
import { credit } from './reactions.ts';

export async function creditWaitingRewards(
  tx: Transaction<DB>,
  app: AppContext,
  userId: number,
  /** What the registration read: whether reactions wait to be paid, and the managed channels they are in. */
  waiting: { reactionsWaiting: boolean; channelsJoined: readonly number[] },
): Promise<number> {
  const now = app.clock.now();
  const joined = waiting.channelsJoined;
  await appendEvents(
    tx,
    joined.map((chatId) => ({ type: 'ChannelJoined' as const, userId, at: now, payload: { chatId } })),
  );
  if (!waiting.reactionsWaiting) return 0;
  let paid = 0;
  for (const reaction of await uncreditedReactions(tx, userId)) {
    const outcome = await credit(tx, app, { userId, ...reaction }, now);
    if (outcome.kind === 'paid') paid += outcome.amount;
  }
  return paid;
}
