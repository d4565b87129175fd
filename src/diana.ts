// The composition root: configuration -> content -> database -> migrations -> bot + HTTP, and an orderly stop.

import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Bot } from 'grammy';
import type { Logger } from 'pino';
import { type Database, openDatabase } from './adapters/db/database.ts';
import { migrateToLatest } from './adapters/db/migrate.ts';
import { onCommitted } from './adapters/db/repositories/events.ts';
import { ensureSetting } from './adapters/db/repositories/settings.ts';
import { API_PREFIX, type ApiDeps, registerApi } from './adapters/http/api/api.ts';
import { API_ROUTES } from './adapters/http/api/routes/index.ts';
import { serveConsole } from './adapters/http/console.ts';
import { isLoopback } from './adapters/http/loopback.ts';
import { Metrics, serveMetrics } from './adapters/http/metrics.ts';
import { createHttpServer } from './adapters/http/server.ts';
import { ModelChain } from './adapters/llm/chain.ts';
import { OpenAiCompatibleProvider } from './adapters/llm/openai-compatible.ts';
import { openRedis } from './adapters/redis/redis-client.ts';
import { SharedThrottle } from './adapters/redis/shared-throttle.ts';
import { ALLOWED_UPDATES, createBot, publishCommands } from './adapters/telegram/bot.ts';
import { CallbackCodec } from './adapters/telegram/callback-codec.ts';
import type { BotContext } from './adapters/telegram/context.ts';
import { channelPostSender } from './adapters/telegram/features/admin-channels.ts';
import { telegramRefund } from './adapters/telegram/features/admin-vip-payments.ts';
import { BotTelegramGateway } from './adapters/telegram/gateway.ts';
import { type SendThrottle, TelegramMessenger, Throttle } from './adapters/telegram/messenger.ts';
import { Polling, untilTelegramAnswers } from './adapters/telegram/polling.ts';
import { reactionKeyboard } from './adapters/telegram/reaction-keyboard.ts';
import { type GrammySignal, TelegramRetry } from './adapters/telegram/retry.ts';
import { UpdateInbox, UpdateRetrier } from './adapters/telegram/update-inbox.ts';
import { webhookHandler } from './adapters/telegram/webhook.ts';
import { ConsoleSessions } from './app/access/console-sessions.ts';
import {
  ANALYTICS_ROLLUP_JOB,
  analyticsRollupJob,
  EMBEDDED_BATCH_SIZE,
  scheduleAnalyticsRollup,
} from './app/analytics/rollup.ts';
import { ANALYTICS_SUMMARY_JOB, analyticsSummaryJob } from './app/analytics/summary.ts';
import { BACKUP_JOB, backupJob, scheduleBackup } from './app/backups.ts';
import { BroadcastSender } from './app/broadcasts/sender.ts';
import { seedDemoPosts } from './app/channels/demo-posts.ts';
import { JOIN_APPROVAL_JOB, joinApprovalJob } from './app/channels/join-requests.ts';
import { COUNTERS_JOB, counterRefreshJob } from './app/channels/reactions.ts';
import { ModelConversation } from './app/conversation/model-answer.ts';
import { DianaChat } from './app/conversation/talk.ts';
import { DIANA_LETTER_JOB, dianaLetterJob } from './app/economy/letters.ts';
import { EventDispatcher } from './app/events/dispatcher.ts';
import { JobRunner } from './app/jobs/runner.ts';
import { maintenanceJob, scheduleMaintenance } from './app/maintenance.ts';
import { announcer } from './app/notifications/announcer.ts';
import { NotificationSender } from './app/notifications/sender.ts';
import {
  PRIVACY_LEAVE_VIP_JOB,
  PRIVACY_PURGE_JOB,
  privacyLeaveVipJob,
  privacyPurgeJob,
} from './app/privacy.ts';
import { progressTracker } from './app/progress/tracker.ts';
import { type AppContext, channelSettings } from './app/services.ts';
import { Traffic } from './app/traffic.ts';
import { scheduleVipSweep, VIP_DOOR_JOBS, vipRemovalJob, vipSweepJob } from './app/vip/door.ts';
import { VIP_JOBS } from './app/vip/grants.ts';
import { vipEntryJob, vipExpiryJob, vipReminderJob } from './app/vip/lifecycle.ts';
import { PAID_VIP_JOB, paidVipJob } from './app/vip/payments.ts';
import { zoneOf } from './app/zone.ts';
import type { Config } from './config.ts';
import { loadPack } from './content/pack.ts';
import { type Clock, systemClock } from './domain/clock.ts';
import type { RandomSource } from './domain/dailies/chance.ts';
import { createLogger } from './logger.ts';
import { BotApiEmulator } from './sandbox/emulator.ts';
import { mountSandbox, SANDBOX_API_PREFIX } from './sandbox/mount.ts';
import { startTracing } from './tracing.ts';

export interface StartOptions {
  clock?: Clock;
  /** The dice of the game of chance (tests decide the outcome); a strong uniform source when absent. */
  random?: RandomSource;
  log?: Logger;
  /** Use this database instead of opening the configured one (tests); it is closed on stop. */
  database?: Database;
  /** Use this emulator in sandbox mode (tests drive it directly). */
  emulator?: BotApiEmulator;
  /** Run the event dispatcher and the announcement sender in the background (default true). */
  startWorkers?: boolean;
  /** Aborts the start (a SIGTERM while Telegram is still unreachable): startDiana then rejects. */
  signal?: AbortSignal;
  /** Called when the running bot cannot go on (Telegram refused the token): the process should stop. */
  onFatal?: (error: Error) => void;
}

export interface RunningDiana {
  app: AppContext;
  database: Database;
  bot: Bot<BotContext>;
  /** Present in sandbox mode (no TELEGRAM_BOT_TOKEN). */
  emulator: BotApiEmulator | undefined;
  /** Base URL of the HTTP server. */
  url: string;
  dispatcher: EventDispatcher;
  sender: NotificationSender;
  broadcasts: BroadcastSender;
  jobs: JobRunner;
  /** Attempts again the updates whose handling failed. */
  retrier: UpdateRetrier;
  inbox: UpdateInbox;
  /** How many polled updates are being handled right now (none in webhook mode, where each request waits). */
  updatesInFlight(): number;
  stop(): Promise<void>;
}

/** Telegram waits for a webhook's answer for a while only; it is given well before that. */
const WEBHOOK_ANSWER_MS = 8000;

export async function startDiana(config: Config, options: StartOptions = {}): Promise<RunningDiana> {
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const pack = loadPack(config.contentDir);

  // Tracing starts first: the database and Telegram are wrapped for it only when it runs.
  const stopTracing = config.otlpEndpoint ? await startTracing() : undefined;
  const database =
    options.database ??
    (await slowStep(log, 'preparing the database…', () =>
      openDatabase({ url: config.databaseUrl, dataDir: config.dataDir }),
    ));
  const cleanup: Array<() => Promise<unknown>> = [
    ...(stopTracing ? [stopTracing] : []),
    () => database.close(),
  ];
  // Calls to Telegram wind down first on stop: no retry holds the shutdown up.
  const retry = new TelegramRetry(log);
  const stopAll = async () => {
    retry.stop();
    for (const step of cleanup.reverse())
      await step().catch((err) => log.warn({ err }, 'shutdown step failed'));
  };

  try {
    const applied = await slowStep(log, 'bringing the database up to date…', () =>
      migrateToLatest(database.db),
    );
    if (applied.length) log.info({ migrations: applied }, 'database migrated');
    const secret = await ensureSetting(database.db, 'callback_secret', randomBytes(32).toString('hex'));
    // Telegram shows the webhook's secret in every request it sends: a value of its own, never part of the key
    // that signs buttons (the key stays, so buttons already sent keep working). Each start registers it again.
    const webhookSecret = await ensureSetting(
      database.db,
      'webhook_secret',
      randomBytes(32).toString('base64url'),
    );

    const sandbox = !config.telegramBotToken;
    if (sandbox && (config.databaseUrl || !isLoopback(config.host))) {
      // Only SANDBOX=1 gets here (config.ts refuses it otherwise).
      log.warn(
        { host: config.host, database: database.kind },
        `SANDBOX=1: the sandbox runs ${config.databaseUrl ? 'on the database of DATABASE_URL' : 'on the embedded database'} and listens on ${config.host}; anyone who reaches it can act as any user, admins included. Never run it on real data.`,
      );
    }
    const emulator = sandbox ? (options.emulator ?? new BotApiEmulator({ clock })) : undefined;
    const metrics = new Metrics(database.db);
    // With LLM_BASE_URL Diana answers through the model chain; without it, from the pack's scripted replies.
    const modelConversation = config.llm.chain.length
      ? new ModelConversation(
          new ModelChain(
            config.llm.chain.map(
              (endpoint) =>
                new OpenAiCompatibleProvider({
                  ...endpoint,
                  stream: config.llm.stream,
                  firstTokenMs: config.llm.firstTokenTimeoutMs,
                  totalMs: config.llm.totalTimeoutMs,
                }),
            ),
            { clock, log, metrics },
          ),
          { budgetDailyUsd: config.llm.budgetDailyUsd, budgetMonthlyUsd: config.llm.budgetMonthlyUsd },
        )
      : undefined;
    const app: AppContext = {
      db: database.db,
      pack,
      clock,
      log,
      adminIds: new Set(config.adminTelegramIds),
      timeZone: config.tzDefault,
      ...(options.random ? { random: options.random } : {}),
      metrics,
      traffic: new Traffic(),
      conversation: new DianaChat(modelConversation),
      // The sandbox administers its demo channels unless others are configured.
      channels: channelSettings({
        ...config,
        freeChannelId: config.freeChannelId ?? emulator?.channels.demo.free,
        vipChannelId: config.vipChannelId ?? emulator?.channels.demo.vip,
      }),
    };

    let botState: 'starting' | 'polling' | 'webhook' | 'stopped' = 'starting';
    let polling: Polling | undefined;
    const http = createHttpServer(log, {
      database: () => database.ping(),
      bot: () => (polling?.state === 'retrying' ? 'retrying' : botState),
    });
    cleanup.push(() => http.close());
    if (app.metrics) {
      const closeMetrics = await serveMetrics(app.metrics, http, {
        port: config.metricsPort,
        host: config.host,
        token: config.metricsToken,
        log,
      });
      if (closeMetrics) cleanup.push(closeMetrics);
    }

    if (emulator) {
      const chatsFile = options.emulator ? undefined : join(config.dataDir, 'sandbox-chats.json');
      cleanup.push(mountSandbox(http, emulator, chatsFile ? { chatsFile } : {}));
    }

    // Fastify takes no routes once listening, so the webhook route exists first and gets its bot later.
    const webhook: { handler?: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown> } = {};
    if (config.webhookUrl) {
      http.post(new URL(config.webhookUrl).pathname, (req, reply) =>
        webhook.handler ? webhook.handler(req, reply) : reply.code(503).send({ status: 'starting' }),
      );
    }

    // The admin API; refunds reach Telegram once the bot exists.
    // Console access tokens are signed with a key every instance reads from the database.
    const consoleSecret = await ensureSetting(
      database.db,
      'console_jwt_secret',
      randomBytes(32).toString('base64url'),
    );
    const apiDeps: ApiDeps = {
      app,
      sessions: new ConsoleSessions(app, consoleSecret),
      ...(config.telegramBotToken ? { botToken: config.telegramBotToken } : {}),
      rateLimit: config.apiRateLimit,
      consoleOrigins: config.consoleOrigins,
    };
    if (config.redisUrl) {
      const redis = await openRedis(config.redisUrl);
      apiDeps.redis = redis;
      cleanup.push(async () => redis.disconnect());
    }
    registerApi(http, apiDeps, API_ROUTES);
    serveConsole(http);

    const codec = new CallbackCodec(secret);
    const address = await listen(http, config);
    const url = `http://${address}`;
    const consoleBase = config.publicUrl ?? url;
    const sessions = apiDeps.sessions;
    app.console = sessions && {
      loginLink: async (telegramId) => {
        const token = await sessions.loginToken(telegramId);
        return token && `${consoleBase}${API_PREFIX}/session/login?token=${token}`;
      },
    };
    const inbox = new UpdateInbox(database.db, clock, log, zoneOf(app, null));
    if (database.exclusive) {
      const abandoned = await inbox.takeOverAbandoned();
      if (abandoned.due > 0) {
        log.info(
          { updates: abandoned.due },
          'updates the previous run was handling when it ended are handled again now',
        );
      }
      if (abandoned.dead > 0) {
        log.error(
          { updates: abandoned.dead },
          'updates dead-lettered: the process ended while handling them at each attempt (see /admin, Eventos)',
        );
      }
    }
    const bot = createBot({
      token: emulator?.token ?? config.telegramBotToken!,
      apiRoot: emulator ? `${url}${SANDBOX_API_PREFIX}` : config.telegramApiRoot,
      app,
      codec,
      log,
      retry,
      inbox,
      refuseUnrecorded: Boolean(config.webhookUrl),
    });
    // Runs after the bot and the workers have stopped: what they finished is recorded as finished.
    cleanup.push(() => inbox.flush());
    const patiently = <T>(method: string, call: (signal: GrammySignal) => Promise<T>) =>
      untilTelegramAnswers(method, call, { log, ...(options.signal ? { signal: options.signal } : {}) });
    apiDeps.refund = telegramRefund(bot.api);
    apiDeps.publishPost = channelPostSender(bot.api, codec);
    // Not bot.init(): it retries an unreachable Telegram silently, for ever.
    bot.botInfo = await patiently('getMe', (signal) => bot.api.getMe(signal));
    await publishCommands(bot, app).catch((err) => log.warn({ err }, 'could not publish the command menu'));
    // The sandbox's own demo channels start with posts to react to (tests drive their own emulator).
    if (emulator && !options.emulator) {
      await seedDemoPosts(app, async (post) => {
        const sent = await bot.api.sendMessage(post.chatId, post.text, {
          reply_markup: reactionKeyboard(codec, post),
        });
        return sent.message_id;
      }).catch((err) => log.warn({ err }, 'could not publish the demo posts'));
    }

    // Missions, achievements and announcements follow the outbox, in the background.
    const dispatcher = new EventDispatcher(app, [progressTracker(app), announcer(app)], {
      concurrency: database.kind === 'postgres' ? 4 : 1,
    });
    // Everything the bot sends on its own shares one throttle (Telegram's limits are per bot): in Redis when
    // several instances send for the same bot.
    let throttle: SendThrottle = new Throttle();
    if (config.redisUrl) {
      const shared = await SharedThrottle.connect(config.redisUrl, log, { botId: bot.botInfo.id });
      cleanup.push(() => shared.close());
      throttle = shared;
    }
    const messenger = new TelegramMessenger(bot.api, throttle);
    const sender = new NotificationSender(app, messenger);
    if (modelConversation) modelConversation.messenger = messenger;
    const telegram = new BotTelegramGateway(bot.api, codec, throttle);
    const broadcasts = new BroadcastSender(app, telegram);
    const retrier = new UpdateRetrier(inbox, (update) => bot.handleUpdate(update), log, app.traffic);
    const jobs = new JobRunner(
      app,
      {
        maintenance: maintenanceJob(app, config.retentionDays),
        [JOIN_APPROVAL_JOB]: joinApprovalJob(app, telegram),
        [COUNTERS_JOB]: counterRefreshJob(app, telegram),
        [VIP_JOBS.entry]: vipEntryJob(app, telegram),
        [VIP_JOBS.reminder]: vipReminderJob(app, telegram),
        [VIP_JOBS.expiry]: vipExpiryJob(app, telegram),
        [PAID_VIP_JOB]: paidVipJob(app, telegram),
        [VIP_DOOR_JOBS.removal]: vipRemovalJob(app, telegram),
        [VIP_DOOR_JOBS.sweep]: vipSweepJob(app),
        [PRIVACY_PURGE_JOB]: privacyPurgeJob(app),
        [PRIVACY_LEAVE_VIP_JOB]: privacyLeaveVipJob(app, telegram),
        [BACKUP_JOB]: backupJob(app, database, {
          dir: config.backupDir,
          everyHours: config.backupEveryHours,
          keep: config.backupKeep,
        }),
        [DIANA_LETTER_JOB]: dianaLetterJob(app, telegram),
        [ANALYTICS_ROLLUP_JOB]: analyticsRollupJob(app, {
          everyMs: config.analyticsEverySeconds * 1000,
          ...(database.kind === 'embedded' ? { batchSize: EMBEDDED_BATCH_SIZE } : {}),
        }),
        [ANALYTICS_SUMMARY_JOB]: analyticsSummaryJob(app, telegram),
      },
      { concurrency: database.kind === 'postgres' ? 4 : 1 },
    );
    await scheduleMaintenance(app);
    await scheduleAnalyticsRollup(app, config.analyticsEverySeconds * 1000);
    if (config.backupEveryHours) await scheduleBackup(app, config.backupEveryHours);
    await scheduleVipSweep(app);
    if (options.startWorkers ?? true) {
      // New events and newly scheduled jobs (a VIP invitation, due now) are looked at as soon as they commit.
      const unsubscribe = [
        onCommitted(database.db, 'events', () => dispatcher.wake()),
        onCommitted(database.db, 'job', () => jobs.wake()),
      ];
      cleanup.push(async () => {
        for (const stop of unsubscribe) stop();
      });
      for (const worker of [dispatcher, sender, broadcasts, jobs, retrier]) {
        worker.start();
        cleanup.push(() => worker.stop());
      }
    }

    if (config.webhookUrl) {
      webhook.handler = webhookHandler(bot, {
        secret: webhookSecret,
        inbox,
        log,
        answerWithinMs: WEBHOOK_ANSWER_MS,
      });
      await patiently('setWebhook', (signal) =>
        bot.api.setWebhook(
          config.webhookUrl!,
          { allowed_updates: [...ALLOWED_UPDATES], secret_token: webhookSecret },
          signal,
        ),
      );
      botState = 'webhook';
    } else {
      await patiently('deleteWebhook', (signal) => bot.api.deleteWebhook({}, signal));
      polling = new Polling(bot, {
        log,
        allowedUpdates: ALLOWED_UPDATES,
        onFatal: (error) => options.onFatal?.(error),
      });
      polling.start();
      botState = 'polling';
      // Stopping polling lets in-flight updates finish before the database closes.
      cleanup.push(async () => {
        botState = 'stopped';
        await polling?.stop();
      });
    }

    log.info(
      {
        url,
        mode: sandbox ? 'sandbox' : 'telegram',
        database: database.kind,
        bot: bot.botInfo.username,
      },
      sandbox
        ? `Diana is running in the sandbox: open ${url}/sandbox`
        : `Diana is running as @${bot.botInfo.username}`,
    );

    let stopping: Promise<void> | undefined;
    return {
      app,
      database,
      bot,
      emulator,
      url,
      dispatcher,
      sender,
      broadcasts,
      jobs,
      retrier,
      inbox,
      updatesInFlight: () => polling?.inFlight ?? 0,
      stop: () => {
        stopping ??= stopAll();
        return stopping;
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function listen(http: ReturnType<typeof createHttpServer>, config: Config): Promise<string> {
  await http.listen({ port: config.port, host: config.host });
  const address = http.server.address();
  if (address && typeof address === 'object') {
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  }
  return `${config.host}:${config.port}`;
}

/** Runs a start-up step, saying what is happening if it takes more than a second (a first start, a migration). */
async function slowStep<T>(log: Logger, message: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const notice = setTimeout(() => log.info(message), 1000);
  try {
    return await step();
  } finally {
    clearTimeout(notice);
    const ms = Date.now() - started;
    if (ms >= 1000) log.info({ ms }, `${message.replace(/…$/, '')}: done`);
  }
}
