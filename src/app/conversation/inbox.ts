// The creator's inbox: VIP members send Diana an anonymous message; it waits in /admin, where the creator
// answers as Diana (with a drafted suggestion when a model is configured); the answer goes to the member.
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { addToInbox, answerInbox } from '../../adapters/db/repositories/conversation.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import type { User } from '../../adapters/db/repositories/users.ts';
import { isVipAt } from '../player.ts';
import type { AppContext } from '../services.ts';

export const MAX_ANONYMOUS_CHARS = 2000;

export type AnonymousOutcome = 'sent' | 'not_vip' | 'empty' | 'too_long';

export async function sendAnonymous(app: AppContext, user: User, text: string): Promise<AnonymousOutcome> {
  const clean = text.trim();
  if (!isVipAt(user, app.clock.now())) return 'not_vip';
  if (clean === '') return 'empty';
  if (clean.length > MAX_ANONYMOUS_CHARS) return 'too_long';
  await addToInbox(app.db, user.id, clean, app.clock.now());
  return 'sent';
}

/**
 * Records the answer (once: a second answer to the same message is refused) and audits it. Returns the member
 * to deliver it to; the author stays out of the audit's reason, so the message remains anonymous to admins.
 */
export async function answerAnonymous(
  app: AppContext,
  adminId: number,
  inboxId: number,
  answer: string,
): Promise<{ userId: number } | undefined> {
  const text = answer.trim();
  if (text === '') return undefined;
  return transact(app.db, async (tx) => {
    const now = app.clock.now();
    const answered = await answerInbox(tx, inboxId, { text, adminId, at: now });
    if (!answered) return undefined;
    await writeAudit(
      tx,
      {
        adminId,
        action: 'inbox_answer',
        targetUserId: null,
        before: null,
        after: { inboxId, chars: text.length },
        reason: null,
        ref: `inbox:${inboxId}`,
      },
      now,
    );
    return { userId: answered.userId };
  });
}
