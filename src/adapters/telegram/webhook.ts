// Webhook mode: Telegram posts each update to WEBHOOK_URL with the secret it was given, and waits only so long
// for the answer. Diana answers as soon as the update is handled, or after a few seconds once the update is
// recorded in the inbox (from there the inbox sees it through, however long Telegram's own calls take): never a
// timeout error that would have Telegram send it again. Only an update that could not be recorded gets an
// error, so that Telegram does send it again.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import type { BotContext } from './context.ts';
import type { UpdateInbox } from './update-inbox.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

export function webhookHandler(
  bot: Bot<BotContext>,
  options: { secret: string; inbox: UpdateInbox; log: Logger; answerWithinMs: number },
) {
  const expected = digest(options.secret);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const given = request.headers['x-telegram-bot-api-secret-token'];
    if (typeof given !== 'string' || !timingSafeEqual(digest(given), expected))
      return reply.code(401).send('secret token is wrong');
    const update = request.body as Update;
    const watch = options.inbox.whenRecorded(update.update_id);
    // Handler failures end in the bot (an apology, and the inbox's retry); what comes out is "not recorded".
    const handling = bot.handleUpdate(update).then(
      () => ({ done: true as const }),
      (error: unknown) => ({ error }),
    );
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), options.answerWithinMs);
    });
    try {
      let outcome = await Promise.race([handling, slow]);
      if (outcome === 'slow') {
        const recorded = await Promise.race([handling, watch.recorded]);
        if (recorded === true) {
          options.log.warn(
            { update_id: update.update_id, after_ms: options.answerWithinMs },
            'update still running; answered the webhook',
          );
          return reply.code(200).send({ ok: true });
        }
        outcome = await handling;
      }
      if ('error' in outcome) throw outcome.error;
      return reply.code(200).send({ ok: true });
    } finally {
      clearTimeout(timer);
      watch.forget();
    }
  };
}
