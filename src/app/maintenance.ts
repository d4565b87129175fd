// Daily housekeeping, as a durable job that schedules its next run: forget update ids older than the window
// in which Telegram could deliver them again.
import { scheduleJob } from '../adapters/db/repositories/jobs.ts';
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

export function maintenanceJob(app: AppContext): JobHandler {
  return async () => {
    const now = app.clock.now();
    const pruned = await pruneUpdates(app.db, new Date(now.getTime() - KEEP_UPDATE_IDS_MS));
    app.log.info({ pruned }, 'maintenance: old update ids forgotten');
    await scheduleMaintenance(app, new Date(now.getTime() + DAY_MS));
  };
}
