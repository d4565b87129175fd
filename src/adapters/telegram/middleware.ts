// The middlewares every update passes before reaching a feature (admission is in update-inbox.ts).

import type { NextFunction } from 'grammy';
import type { Logger } from 'pino';
import type { AppContext } from '../../app/services.ts';
import { addressOf } from '../../domain/address.ts';
import { cleanInput } from '../../domain/input-text.ts';
import type { CallbackCodec } from './callback-codec.ts';
import type { BotContext } from './context.ts';

/** What people typed, cleaned of invisible and control characters before anything reads or stores it. */
export async function cleanTypedText(ctx: BotContext, next: NextFunction): Promise<void> {
  const message = ctx.update.message ?? ctx.update.edited_message;
  if (message?.text !== undefined) message.text = cleanInput(message.text);
  if (message?.caption !== undefined) message.caption = cleanInput(message.caption);
  await next();
}

/** Attaches the app, a per-update logger and translation helpers. */
export function attachContext(app: AppContext, codec: CallbackCodec, log: Logger) {
  return async (ctx: BotContext, next: NextFunction) => {
    ctx.app = app;
    ctx.codec = codec;
    // A payment's charge id is on every line its update logs: a failure can always be traced to the money.
    const payment = ctx.update.message?.successful_payment;
    ctx.log = log.child({
      update_id: ctx.update.update_id,
      user_id: ctx.from?.id,
      ...(payment ? { charge_id: payment.telegram_payment_charge_id, stars: payment.total_amount } : {}),
    });
    ctx.user = undefined;
    ctx.attempt = 1;
    ctx.locale = app.pack.locales.resolve(ctx.from?.language_code);
    // Every text knows how Lucien addresses the person (src/domain/address.ts).
    ctx.t = (key, args) =>
      app.pack.locales.translate(ctx.locale, key, { address: addressOf(ctx.user?.address), ...args });
    ctx.button = (action, ...args) => codec.encode(ctx.from?.id ?? 0, action, args);
    ctx.action = ctx.callbackQuery?.data
      ? codec.decode(ctx.from?.id ?? 0, ctx.callbackQuery.data)
      : undefined;
    await next();
  };
}

/** The update's kind (message, callback_query, ...), for metrics. */
export function updateKind(ctx: BotContext): string {
  return Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown';
}
