// The price of a message to Diana beyond the day's free allowance, through the ledger. The person's message
// names both entries (its charge and its refund), so a replayed update never charges twice nor refunds twice.
// The charge comes before any model call: with too few besitos, spend throws InsufficientBesitos and nothing
// is called. A message she could not answer in her own words (no provider answered, the gate refused both
// replies, the budget is spent) has its price given back: nobody pays for a scripted line.
import { transact } from '../../adapters/db/repositories/events.ts';
import { entryExists } from '../../adapters/db/repositories/ledger.ts';
import { ledgerKeys } from '../../domain/economy/ledger.ts';
import { moveBesitos, spend } from '../ledger.ts';
import type { AppContext } from '../services.ts';

export const CHAT_REASONS = { charge: 'chat_message', refund: 'chat_refund' } as const;

export interface PaidMessage {
  userId: number;
  /** The person's message in their private chat (unique there, and the same in every delivery of it). */
  messageId: number;
  besitos: number;
}

/**
 * Charges the message once. `refunded`: a replay of a message whose price was already given back (it is
 * answered from the scripted lines, at no cost, rather than through the model for free).
 */
export async function chargeMessage(app: AppContext, paid: PaidMessage): Promise<'charged' | 'refunded'> {
  return transact(app.db, async (tx) => {
    const result = await spend(
      tx,
      app.pack,
      {
        userId: paid.userId,
        amount: paid.besitos,
        reason: CHAT_REASONS.charge,
        key: ledgerKeys.chatMessage(paid.userId, paid.messageId),
        ref: String(paid.messageId),
      },
      { at: app.clock.now() },
    );
    if (result.applied) return 'charged';
    return (await entryExists(tx, ledgerKeys.chatRefund(paid.userId, paid.messageId)))
      ? 'refunded'
      : 'charged';
  });
}

/** Gives the message's price back (no activity: a refund never raises a level nor counts toward a goal). */
export async function refundMessage(app: AppContext, paid: PaidMessage): Promise<void> {
  await transact(app.db, (tx) =>
    moveBesitos(
      tx,
      app.pack,
      {
        userId: paid.userId,
        amount: paid.besitos,
        activity: 0,
        reason: CHAT_REASONS.refund,
        key: ledgerKeys.chatRefund(paid.userId, paid.messageId),
        ref: String(paid.messageId),
      },
      { at: app.clock.now() },
    ),
  );
}
