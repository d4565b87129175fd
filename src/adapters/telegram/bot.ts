// The bot, read as a table of contents: middlewares in order, then one feature per home entry, then the
// fallback for everything else.
import { autoRetry } from '@grammyjs/auto-retry';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotError } from 'grammy';
import type { LanguageCode, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { AppContext } from '../../app/services.ts';
import { UpdateAdmission } from '../db/repositories/updates.ts';
import type { CallbackCodec } from './callback-codec.ts';
import type { BotContext } from './context.ts';
import { adminFeature } from './features/admin.ts';
import { adminAudit } from './features/admin-audit.ts';
import { adminChannels } from './features/admin-channels.ts';
import { adminEvents } from './features/admin-events.ts';
import { adminStats } from './features/admin-stats.ts';
import { adminUsers } from './features/admin-users.ts';
import { adminVip } from './features/admin-vip.ts';
import { adminVipPayments } from './features/admin-vip-payments.ts';
import { adminVipTokens } from './features/admin-vip-tokens.ts';
import { backpackFeature } from './features/backpack.ts';
import { besitosScreen } from './features/besitos.ts';
import { channelsFeature } from './features/channels.ts';
import { dailyGiftFeature } from './features/daily-gift.ts';
import { fallbackFeature } from './features/fallback.ts';
import { homeFeature } from './features/home.ts';
import { achievementsScreen, missionsScreen, progressFeature } from './features/progress.ts';
import { settingsFeature, settingsScreen } from './features/settings.ts';
import { shopFeature } from './features/shop.ts';
import { startFeature } from './features/start.ts';
import { storyFeature, storyScreen } from './features/story.ts';
import { redeemFromDeepLink, vipFeature, vipScreen } from './features/vip.ts';
import { admitUpdate, attachContext, updateKind } from './middleware.ts';

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
  /** Known bot identity (skips getMe in tests and benchmarks). */
  botInfo?: UserFromGetMe;
}

export function createBot(options: BotOptions): Bot<BotContext> {
  const { app, codec, log } = options;
  const bot = new Bot<BotContext>(options.token, {
    client: { apiRoot: options.apiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // 429s and Telegram's 5xx are retried, waiting at most 30 s, at most 3 times.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));

  // Updates of one chat run in order; different chats run concurrently.
  bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? '')));
  bot.use(attachContext(app, codec, log));
  bot.use(admitUpdate(new UpdateAdmission(app.db)));

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
      settings: settingsScreen,
    }),
  );
  bot.use(storyFeature());
  bot.use(dailyGiftFeature(), shopFeature(), backpackFeature());
  bot.use(settingsFeature());
  bot.use(progressFeature());
  bot.use(vipFeature());
  // Admin sections, in menu order; only ADMIN_TELEGRAM_IDS reach them, everyone else falls through.
  bot.use(
    adminFeature([
      adminUsers,
      adminStats,
      adminVip,
      adminVipTokens,
      adminVipPayments,
      adminChannels,
      adminAudit,
      adminEvents,
    ]),
  );
  bot.use(fallbackFeature());

  bot.catch((error) => apologise(error));
  return bot;
}

/** A failing handler is logged with its update and the user gets an apology; the process carries on. */
async function apologise({ ctx, error }: BotError<BotContext>): Promise<void> {
  const log = ctx.log ?? console;
  log.error({ err: error, update_id: ctx.update.update_id }, 'update handler failed');
  ctx.app?.metrics?.updates.inc({ kind: updateKind(ctx), outcome: 'failed' });
  const text = ctx.t ? ctx.t('error-apology') : 'Sorry, something went wrong.';
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat?.type === 'private') await ctx.reply(text);
  } catch (replyError) {
    log.warn({ err: replyError }, 'could not apologise to the user');
  }
}

/** The command menu Telegram shows, in every language of the pack. */
export async function publishCommands(bot: Bot<BotContext>, app: AppContext): Promise<void> {
  const { locales } = app.pack;
  for (const code of locales.codes) {
    const commands = [
      { command: 'diana', description: locales.translate(code, 'command-diana') },
      { command: 'start', description: locales.translate(code, 'command-start') },
    ];
    await bot.api.setMyCommands(
      commands,
      code === locales.defaultLocale ? {} : { language_code: code as LanguageCode },
    );
  }
}
