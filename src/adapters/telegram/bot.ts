// The bot, read as a table of contents: middlewares in order, then one feature per home entry, then the
// fallback for everything else.
import { sequentialize } from '@grammyjs/runner';
import { Bot, BotError, type Transformer } from 'grammy';
import type { LanguageCode, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { AppContext } from '../../app/services.ts';
import { updateCorrelation, withCorrelation } from '../../correlation.ts';
import { annotateSpan, isTracing, SpanKind, traced } from '../../tracing.ts';
import type { CallbackCodec } from './callback-codec.ts';
import type { BotContext } from './context.ts';
import { adminFeature } from './features/admin.ts';
import { adminAnalytics } from './features/admin-analytics.ts';
import { adminAudit } from './features/admin-audit.ts';
import { adminBroadcasts } from './features/admin-broadcasts.ts';
import { adminChannels } from './features/admin-channels.ts';
import { adminConsole } from './features/admin-console.ts';
import { adminConversation } from './features/admin-conversation.ts';
import { adminEvents } from './features/admin-events.ts';
import { adminFlags } from './features/admin-flags.ts';
import { adminInbox } from './features/admin-inbox.ts';
import { adminStats } from './features/admin-stats.ts';
import { adminUsers } from './features/admin-users.ts';
import { adminVip } from './features/admin-vip.ts';
import { adminVipPayments } from './features/admin-vip-payments.ts';
import { adminVipTokens } from './features/admin-vip-tokens.ts';
import { backpackFeature } from './features/backpack.ts';
import { besitosScreen } from './features/besitos.ts';
import { channelsFeature } from './features/channels.ts';
import { consoleSignInFeature } from './features/console-sign-in.ts';
import { conversationFeature } from './features/conversation.ts';
import { conversationMemoryFeature } from './features/conversation-memory.ts';
import { dailiesFeature, dailiesScreen, riddleAnswers } from './features/dailies.ts';
import { dailyGiftFeature } from './features/daily-gift.ts';
import { diaryFeature } from './features/diary.ts';
import { fallbackFeature } from './features/fallback.ts';
import { homeFeature } from './features/home.ts';
import { privacyFeature } from './features/privacy.ts';
import { achievementsScreen, missionsScreen, progressFeature } from './features/progress.ts';
import { settingsFeature, settingsScreen } from './features/settings.ts';
import { shopFeature } from './features/shop.ts';
import { startFeature } from './features/start.ts';
import { storyFeature, storyScreen } from './features/story.ts';
import { redeemFromDeepLink, vipFeature, vipScreen } from './features/vip.ts';
import { zoneByLocationFeature } from './features/zone-by-location.ts';
import { attachContext, cleanTypedText, updateKind } from './middleware.ts';
import { TelegramRetry } from './retry.ts';
import { failureOf } from './telegram-errors.ts';
import { admitUpdate, type UpdateInbox, UpdateNotRecorded } from './update-inbox.ts';

export const ALLOWED_UPDATES = [
  'message',
  'callback_query',
  'chat_join_request',
  'chat_member',
  'my_chat_member',
  'message_reaction',
  'message_reaction_count',
  'pre_checkout_query',
] as const;

export interface BotOptions {
  token: string;
  apiRoot: string;
  app: AppContext;
  codec: CallbackCodec;
  log: Logger;
  /** Where updates are kept until handled (see update-inbox.ts). */
  inbox: UpdateInbox;
  /**
   * Webhook mode: an update that could not even be recorded is answered with an error, so Telegram delivers it
   * again later (in polling mode it has already been fetched, and is logged).
   */
  refuseUnrecorded?: boolean;
  /** Known bot identity (skips getMe in tests and benchmarks). */
  botInfo?: UserFromGetMe;
  /** How calls to Telegram are retried (the composition root keeps it to wind calls down on stop). */
  retry?: TelegramRetry;
}

export function createBot(options: BotOptions): Bot<BotContext> {
  const { app, codec, log } = options;
  // Only an update that could not be recorded goes back to the webhook as an error (Telegram sends it again).
  const failed = async (error: BotError<BotContext>) => {
    await apologise(error);
    if (options.refuseUnrecorded && error.error instanceof UpdateNotRecorded) throw error.error;
  };
  const bot = new Bot<BotContext>(options.token, {
    client: { apiRoot: options.apiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // No answer, 5xx and short 429s are retried: at most 4 attempts within 30 s, each failure logged at warn.
  bot.api.config.use((options.retry ?? new TelegramRetry(log)).transformer);
  bot.api.config.use(forgiveExpiredAnswers);
  if (isTracing()) bot.api.config.use(traceCalls);

  // Updates of one chat run in order; different chats run concurrently.
  bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? '')));
  bot.use(cleanTypedText);
  // Everything the update causes (events, jobs, log lines) carries its correlation id.
  // Each update is a trace of its own (its SQL, its calls to Telegram, then the events and jobs it causes).
  bot.use((ctx, next) => {
    const updateId = ctx.update.update_id;
    const correlation = updateCorrelation(updateId);
    return withCorrelation(correlation, () =>
      traced(
        'update',
        { 'telegram.update_id': updateId, 'diana.correlation_id': correlation },
        async () => next(),
        { root: true, kind: SpanKind.SERVER },
      ),
    );
  });
  bot.use(attachContext(app, codec, log));
  // A failing handler apologises and the update ends there (the inbox attempts it again), whether it came by
  // polling or by the webhook, which would otherwise answer Telegram with an error and have it sent again.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      await failed(new BotError(error, ctx));
    }
  });
  bot.use(admitUpdate(options.inbox));

  // The channels' updates (join requests, members, reactions) come from channels, not from a private chat.
  bot.use(channelsFeature());
  bot.use(startFeature([redeemFromDeepLink]));
  bot.use(
    homeFeature({
      story: storyScreen,
      besitos: besitosScreen,
      missions: missionsScreen,
      achievements: (ctx) => achievementsScreen(ctx),
      vip: vipScreen,
      dailies: dailiesScreen,
      settings: settingsScreen,
    }),
  );
  bot.use(storyFeature());
  bot.use(diaryFeature());
  bot.use(dailyGiftFeature(), shopFeature(), backpackFeature());
  bot.use(dailiesFeature());
  bot.use(settingsFeature(), zoneByLocationFeature(), conversationMemoryFeature());
  bot.use(privacyFeature());
  bot.use(progressFeature());
  bot.use(vipFeature());
  // Admin sections, in menu order; only ADMIN_TELEGRAM_IDS reach them, everyone else falls through.
  bot.use(
    adminFeature([
      adminUsers,
      adminStats,
      adminAnalytics,
      adminVip,
      adminVipTokens,
      adminVipPayments,
      adminChannels,
      adminBroadcasts,
      adminAudit,
      adminEvents,
      adminConversation,
      adminConsole,
      adminInbox,
      adminFlags,
    ]),
  );
  bot.use(consoleSignInFeature());
  // Free text in a private chat is a message to Diana; she passes on what answers the riddle of the day.
  bot.use(conversationFeature());
  bot.use(riddleAnswers());
  bot.use(fallbackFeature());

  bot.catch(failed);
  return bot;
}

/**
 * A failing handler is logged with its update and the person gets an apology, once: the inbox attempts the
 * update again on its own. The process carries on.
 */
async function apologise({ ctx, error }: BotError<BotContext>): Promise<void> {
  const log = ctx.log ?? console;
  log.error({ err: error, update_id: ctx.update.update_id }, 'update handler failed');
  ctx.app?.metrics?.updates.inc({ kind: updateKind(ctx), outcome: 'failed' });
  if ((ctx.attempt ?? 1) > 1) return;
  // Recorded, the update is attempted again on its own; unrecorded, nothing of it happened (a payment says so
  // with its reference, which the log line above carries too).
  const key = !(error instanceof UpdateNotRecorded)
    ? 'error-apology'
    : ctx.update.message?.successful_payment
      ? 'error-payment-not-recorded'
      : 'error-not-recorded';
  const reference = ctx.update.message?.successful_payment?.telegram_payment_charge_id ?? '';
  const text = ctx.t ? ctx.t(key, { reference }) : 'Sorry, something went wrong.';
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat?.type === 'private') await ctx.reply(text);
  } catch (replyError) {
    log.warn({ err: replyError }, 'could not apologise to the user');
  }
}

/**
 * A button's answer that comes too late (an update attempted again after a failure, minutes later) is refused
 * by Telegram; the tap's effects are what matter, so the refusal does not fail the update.
 */
const forgiveExpiredAnswers: Transformer = async (prev, method, payload, signal) => {
  const response = await prev(method, payload, signal);
  if (
    !response.ok &&
    method === 'answerCallbackQuery' &&
    failureOf(response.error_code, response.description) === 'query_expired'
  )
    return { ok: true, result: true as never };
  return response;
};

/** While tracing, each call to Telegram (its retries included) is a span of the trace in progress. */
const traceCalls: Transformer = (prev, method, payload, signal) =>
  traced(
    `telegram ${method}`,
    { 'telegram.method': method },
    async () => {
      const response = await prev(method, payload, signal);
      if (!response.ok) annotateSpan({ 'telegram.error_code': response.error_code });
      return response;
    },
    { kind: SpanKind.CLIENT },
  );

/** The command menu Telegram shows, in every language of the pack. */
export async function publishCommands(bot: Bot<BotContext>, app: AppContext): Promise<void> {
  const { locales } = app.pack;
  for (const code of locales.codes) {
    const commands = [
      { command: 'diana', description: locales.translate(code, 'command-diana') },
      { command: 'start', description: locales.translate(code, 'command-start') },
      { command: 'privacy', description: locales.translate(code, 'command-privacy') },
    ];
    await bot.api.setMyCommands(
      commands,
      code === locales.defaultLocale ? {} : { language_code: code as LanguageCode },
    );
  }
}
