// Daily housekeeping, as a durable job that schedules its next run: tables that would only grow are pruned —
// update ids older than the window in which Telegram could deliver them again, and delivered events, sent
// announcements and finished jobs older than the retention period (RETENTION_DAYS). What is still waiting or
// dead-lettered is never pruned.
import { pruneJobs, scheduleJob } from '../adapters/db/repositories/jobs.ts';
import { pruneNotifications } from '../adapters/db/repositories/notifications.ts';
import { pruneEvents } from '../adapters/db/repositories/outbox.ts';
import { pruneUpdates } from '../adapters/db/repositories/update-inbox.ts';
import { localDate } from '../domain/calendar.ts';
import type { JobHandler } from './jobs/runner.ts';
import type { AppContext } from './services.ts';

const KEEP_UPDATE_IDS_MS = 7 * 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export function scheduleMaintenance(app: AppContext, at = app.clock.now()): Promise<boolean> {
  return scheduleJob(app.db, {
    kind: 'maintenance',
    key: `maintenance:${localDate(at, 'UTC')}`,
    runAt: at,
  });
}

export function maintenanceJob(app: AppContext, retentionDays: number): JobHandler {
  return async () => {
    const now = app.clock.now();
    const retained = new Date(now.getTime() - retentionDays * DAY_MS);
    const pruned = {
      updates: await pruneUpdates(app.db, new Date(now.getTime() - KEEP_UPDATE_IDS_MS)),
      events: await pruneEvents(app.db, retained),
      notifications: await pruneNotifications(app.db, retained),
      jobs: await pruneJobs(app.db, retained),
    };
    app.log.info({ pruned, retention_days: retentionDays }, 'maintenance: old records pruned');
    await scheduleMaintenance(app, new Date(now.getTime() + DAY_MS));
  };
}
