// The middlewares every update passes before reaching a feature.
import type { NextFunction } from 'grammy';
import type { Logger } from 'pino';
import type { AppContext } from '../../app/services.ts';
import { claimUpdate } from '../db/repositories/updates.ts';
import { findUser } from '../db/repositories/users.ts';
import type { CallbackCodec } from './callback-codec.ts';
import type { BotContext } from './context.ts';

/** Attaches the app, a per-update logger and translation helpers. */
export function attachContext(app: AppContext, codec: CallbackCodec, log: Logger) {
  return async (ctx: BotContext, next: NextFunction) => {
    ctx.app = app;
    ctx.codec = codec;
    ctx.log = log.child({ update_id: ctx.update.update_id, user_id: ctx.from?.id });
    ctx.user = undefined;
    ctx.locale = app.pack.locales.resolve(ctx.from?.language_code);
    ctx.t = (key, args) => app.pack.locales.translate(ctx.locale, key, args);
    ctx.button = (action, ...args) => codec.encode(ctx.from?.id ?? 0, action, args);
    ctx.action = ctx.callbackQuery?.data
      ? codec.decode(ctx.from?.id ?? 0, ctx.callbackQuery.data)
      : undefined;
    await next();
  };
}

/** Telegram may deliver an update twice; only the first delivery goes on. */
export function skipDuplicateUpdates() {
  return async (ctx: BotContext, next: NextFunction) => {
    if (!(await claimUpdate(ctx.app.db, ctx.update.update_id))) {
      ctx.log.info('duplicate update skipped');
      return;
    }
    await next();
  };
}

/** Loads the registered user of a private chat and speaks their chosen language. */
export function loadUser() {
  return async (ctx: BotContext, next: NextFunction) => {
    if (ctx.from && ctx.chat?.type !== 'channel') {
      ctx.user = await findUser(ctx.app.db, ctx.from.id);
      if (ctx.user) ctx.locale = ctx.user.language;
    }
    await next();
  };
}
