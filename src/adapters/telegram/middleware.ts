// The middlewares every update passes before reaching a feature.
import type { NextFunction } from 'grammy';
import type { Logger } from 'pino';
import type { AppContext } from '../../app/services.ts';
import { claimUpdate, type UpdateAdmission } from '../db/repositories/updates.ts';
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

/** The update's kind (message, callback_query, ...), for metrics. */
export function updateKind(ctx: BotContext): string {
  return Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown';
}

/**
 * Telegram may deliver an update twice: only the first delivery goes on. For updates from a person, the same
 * round trip loads their user, so replies speak the language they chose.
 */
export function admitUpdate(admission: UpdateAdmission) {
  return async (ctx: BotContext, next: NextFunction) => {
    const { db } = ctx.app;
    const updateId = ctx.update.update_id;
    let fresh: boolean;
    if (ctx.from && !ctx.from.is_bot) {
      const admitted = await admission.admit(updateId, ctx.from.id);
      fresh = admitted.fresh;
      ctx.user = admitted.user;
      if (ctx.user) ctx.locale = ctx.user.language;
    } else {
      fresh = await claimUpdate(db, updateId);
    }
    if (!fresh) {
      ctx.log.info('duplicate update skipped');
      ctx.app.metrics?.updates.inc({ kind: updateKind(ctx), outcome: 'duplicate' });
      return;
    }
    const timer = ctx.app.metrics?.updateSeconds.startTimer();
    ctx.app.traffic?.enter();
    try {
      await next();
    } finally {
      ctx.app.traffic?.leave();
    }
    timer?.();
    ctx.app.metrics?.updates.inc({ kind: updateKind(ctx), outcome: 'handled' });
  };
}
