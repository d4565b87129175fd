// What admins see of the event bus: the backlog, the events that kept failing, and a way to send one back
// to the queue once its cause is fixed (audited like every admin action).
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import {
  deadEvents,
  outboxStats,
  retryDeadEvent,
  type StoredEventRow,
} from '../../adapters/db/repositories/outbox.ts';
import type { AppContext } from '../services.ts';

export interface EventBusReport {
  stats: { pending: number; dead: number; done: number };
  dead: (StoredEventRow & { lastError: string | null })[];
}

export async function eventBusReport(app: AppContext, limit = 5): Promise<EventBusReport> {
  const [stats, dead] = await Promise.all([outboxStats(app.db), deadEvents(app.db, limit)]);
  return { stats, dead };
}

/** Sends a dead-lettered event back to the queue; false when it is not dead (already retried, or unknown). */
export async function retryDeadLetter(app: AppContext, adminId: number, eventId: number): Promise<boolean> {
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    if (!(await retryDeadEvent(tx, eventId, now))) return false;
    await writeAudit(
      tx,
      {
        adminId,
        action: 'event-retry',
        targetUserId: null,
        before: { status: 'dead' },
        after: { status: 'pending' },
        reason: null,
        ref: `event:${eventId}`,
      },
      now,
    );
    return true;
  });
}
