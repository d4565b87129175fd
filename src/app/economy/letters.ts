// Diana's letters: a consumable with a `reply` (the 💌 Carta perfumada) is answered some time after it is used.
// Using it schedules a durable job (backpack.ts); the job delivers her letter once: it claims the use's key
// before sending, and gives the key back if Telegram fails, so the job's next attempt sends it instead.
import { transact } from '../../adapters/db/repositories/events.ts';
import { claimSideEffect, releaseSideEffect } from '../../adapters/db/repositories/side-effects.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { AppContext } from '../services.ts';
import type { TelegramGateway } from '../telegram-gateway.ts';

export const DIANA_LETTER_JOB = 'diana-letter';

/** One letter per use of an item: the job's key and the side effect it claims. */
export const letterKey = (userId: number, itemId: string, useNo: number) =>
  `${DIANA_LETTER_JOB}:${userId}:${itemId}:${useNo}`;

export function dianaLetterJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const userId = Number(job.payload.userId);
    const itemId = String(job.payload.itemId);
    const useNo = Number(job.payload.useNo);
    const reply = app.pack.items.get(itemId)?.reply;
    const user = await findUser(app.db, userId);
    if (!reply || !user) {
      // The pack no longer answers this item, or the person is gone: nothing to deliver.
      app.log.warn({ job_key: job.key, user_id: userId, item_id: itemId }, 'letter not delivered: no reply');
      return;
    }
    const key = letterKey(userId, itemId, useNo);
    const claimed = await transact(app.db, (tx) => claimSideEffect(tx, key, app.clock.now()));
    if (!claimed) return;
    const { locales } = app.pack;
    const language = locales.resolve(user.language);
    const text = [locales.translate(language, 'letter-intro'), '', locales.translate(language, reply.text)];
    try {
      const outcome = await telegram.send(userId, { text: text.join('\n') });
      if (outcome === 'unreachable') app.log.info({ user_id: userId }, 'letter not delivered: unreachable');
    } catch (error) {
      await releaseSideEffect(app.db, key);
      throw error;
    }
  };
}
