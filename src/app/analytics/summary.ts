// Lucien's daily summary for the admins who ask for it (/admin › 📊 › 📈): at 9:00 of each admin's local day,
// one message with the week up to yesterday. A durable job per admin and day sends it and schedules the next;
// it claims its day before sending (and gives the claim back if Telegram fails), so a day is sent once even
// when the job runs again.
import {
  addSummarySubscriber,
  isSummarySubscriber,
  removeSummarySubscriber,
} from '../../adapters/db/repositories/analytics-summary.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import { scheduleJob } from '../../adapters/db/repositories/jobs.ts';
import { claimSideEffect, releaseSideEffect } from '../../adapters/db/repositories/side-effects.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import { addDays, localDate, startOfDay } from '../../domain/calendar.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { AppContext } from '../services.ts';
import type { TelegramGateway } from '../telegram-gateway.ts';
import { zoneOf } from '../zone.ts';
import { digest, digestLines } from './digest.ts';
import { rollUpEvents } from './rollup.ts';

export const ANALYTICS_SUMMARY_JOB = 'analytics-summary';
const SEND_HOUR = 9;
const HOUR_MS = 3_600_000;

const summaryKey = (adminId: number, day: string) => `${ANALYTICS_SUMMARY_JOB}:${adminId}:${day}`;

/** Schedules the admin's next summary: today's at 9:00 if that is still ahead, else tomorrow's. */
async function scheduleNext(app: AppContext, adminId: number, after: Date): Promise<void> {
  const zone = zoneOf(app, await findUser(app.db, adminId));
  let day = localDate(after, zone);
  const sendAt = (d: string) => new Date(startOfDay(d, zone).getTime() + SEND_HOUR * HOUR_MS);
  if (sendAt(day) <= after) day = addDays(day, 1);
  await scheduleJob(app.db, {
    kind: ANALYTICS_SUMMARY_JOB,
    key: summaryKey(adminId, day),
    runAt: sendAt(day),
    payload: { adminId, day },
  });
}

export async function subscribeToSummary(app: AppContext, adminId: number): Promise<void> {
  const now = app.clock.now();
  await addSummarySubscriber(app.db, adminId, now);
  await scheduleNext(app, adminId, now);
}

/** The admin's next summary job finds them gone and ends the chain. */
export function unsubscribeFromSummary(app: AppContext, adminId: number): Promise<void> {
  return removeSummarySubscriber(app.db, adminId);
}

export function isSubscribedToSummary(app: AppContext, adminId: number): Promise<boolean> {
  return isSummarySubscriber(app.db, adminId);
}

export function analyticsSummaryJob(app: AppContext, telegram: TelegramGateway): JobHandler {
  return async (job) => {
    const adminId = Number(job.payload.adminId);
    const day = String(job.payload.day);
    if (!app.adminIds.has(adminId) || !(await isSummarySubscriber(app.db, adminId))) return;
    const key = summaryKey(adminId, day);
    if (await transact(app.db, (tx) => claimSideEffect(tx, key, app.clock.now()))) {
      await rollUpEvents(app, { budgetMs: 10_000 });
      const { locales } = app.pack;
      const admin = await findUser(app.db, adminId);
      const language = locales.resolve(admin?.language);
      const t = (k: string, args?: Parameters<typeof locales.translate>[2]) =>
        locales.translate(language, k, args);
      const text = [t('analytics-summary-intro'), '', ...digestLines(t, await digest(app, addDays(day, -1)))];
      try {
        await telegram.send(adminId, { text: text.join('\n') });
      } catch (error) {
        await releaseSideEffect(app.db, key);
        throw error;
      }
    }
    await scheduleNext(app, adminId, new Date(app.clock.now().getTime() + HOUR_MS));
  };
}
