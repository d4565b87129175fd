// Sends queued announcements: one message per user gathering everything due ("Ha completado 2 misiones…"),
// after a short batch window, outside quiet hours, never to users who turned announcements off. A failed send
// is retried later, waiting twice as long each time (30 s up to an hour), and given up after 10 attempts (about
// 8 hours of Telegram away); a user who blocked the bot is not retried.

import {
  claimDueNotifications,
  markNotificationsSent,
  type PendingNotification,
  retryNotificationsAt,
} from '../../adapters/db/repositories/notifications.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import type { Locales } from '../../content/locales.ts';
import { BackgroundWorker } from '../background-worker.ts';
import type { AppContext } from '../services.ts';
import type { Messenger } from './messenger.ts';

const LEASE_MS = 60_000;
const RETRY_MS = 30_000;
const MAX_RETRY_MS = 3_600_000;
const MAX_ATTEMPTS = 10;
const USERS_PER_STEP = 20;

export class NotificationSender extends BackgroundWorker {
  /** Messages sent since start. */
  sent = 0;

  constructor(
    private readonly app: AppContext,
    private readonly messenger: Messenger,
    // Announcements wait out a batch window of a few seconds anyway; a short poll keeps the lag after it small.
    pollMs = 500,
  ) {
    super('notifications', app.log, pollMs, 1, app.traffic);
  }

  step(): Promise<boolean> {
    return this.sendDue();
  }

  /** Sends what is due now; false when nothing was. `now: true` skips the batch window (tests, tools). */
  async sendDue(options: { now?: boolean } = {}): Promise<boolean> {
    const now = this.app.clock.now();
    const window = options.now ? 0 : this.app.pack.notifications.batch_window_seconds * 1000;
    const claimed = await claimDueNotifications(
      this.app.db,
      now,
      new Date(now.getTime() - window),
      new Date(now.getTime() + LEASE_MS),
      USERS_PER_STEP,
    );
    const byUser = new Map<number, PendingNotification[]>();
    for (const note of claimed) byUser.set(note.userId, [...(byUser.get(note.userId) ?? []), note]);
    for (const [userId, notes] of byUser) await this.deliver(userId, notes, now);
    return claimed.length > 0;
  }

  private async deliver(userId: number, notes: PendingNotification[], now: Date): Promise<void> {
    const ids = notes.map((n) => n.id);
    const user = await findUser(this.app.db, userId);
    if (!user?.notifications) {
      await markNotificationsSent(this.app.db, ids, now);
      return;
    }
    try {
      const outcome = await this.messenger.send(
        userId,
        composeAnnouncement(this.app.pack.locales, user.language, notes),
      );
      if (outcome === 'sent') this.sent++;
      else this.app.log.info({ user_id: userId }, 'user unreachable; announcement dropped');
      await markNotificationsSent(this.app.db, ids, this.app.clock.now());
    } catch (err) {
      const attempts = Math.max(...notes.map((n) => n.attempts));
      if (attempts >= MAX_ATTEMPTS) {
        this.app.log.warn({ err, user_id: userId, attempts }, 'announcement not sent; given up');
        await markNotificationsSent(this.app.db, ids, this.app.clock.now());
        return;
      }
      const wait = Math.min(MAX_RETRY_MS, RETRY_MS * 2 ** (attempts - 1));
      this.app.log.warn(
        { err, user_id: userId, attempts, retry_in_ms: wait },
        'announcement not sent; will retry',
      );
      await retryNotificationsAt(this.app.db, ids, new Date(now.getTime() + wait));
    }
  }
}

/** One message from Lucien for everything that happened: missions, achievements, levels. */
export function composeAnnouncement(
  locales: Locales,
  locale: string,
  notes: readonly PendingNotification[],
): string {
  const t = (key: string, args?: Record<string, string | number>) => locales.translate(locale, key, args);
  const named = (kind: string, id: unknown, reward: unknown) =>
    t('announce-line', { name: t(`${kind}-${String(id)}-name`), reward: Number(reward ?? 0) });
  const missions = notes.filter((n) => n.kind === 'MissionCompleted');
  const achievements = notes.filter((n) => n.kind === 'AchievementUnlocked');
  const levels = notes.filter((n) => n.kind === 'LevelReached').map((n) => Number(n.payload.level));
  const lines = [t('announce-header')];
  if (missions.length) {
    lines.push('', t('announce-missions', { count: missions.length }));
    lines.push(...missions.map((n) => named('mission', n.payload.missionId, n.payload.reward)));
  }
  if (achievements.length) {
    lines.push('', t('announce-achievements', { count: achievements.length }));
    lines.push(...achievements.map((n) => named('achievement', n.payload.achievementId, n.payload.reward)));
  }
  if (levels.length) lines.push('', t('announce-level', { level: Math.max(...levels) }));
  lines.push('', t('announce-footer'));
  return lines.join('\n');
}
