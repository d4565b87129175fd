// Delivers outbox events to subscribers, at least once and in order per user. An event is handled in one
// transaction with everything its subscribers write, and marked done in that same transaction: a crash
// before the commit leaves it pending, and it is handled again after the restart, as if for the first time.
// Events due one after another share a transaction (up to BATCH of them, each claimed in turn, so a user's
// events keep their order), which saves a BEGIN and a COMMIT per event; if one of them fails, the batch is
// rolled back whole, the failure is recorded against that event, and the ones before it are handled again
// with the next batch (as after a crash: subscribers are safe to run again after a rollback). A batch whose
// commit fails is taken apart: its events go one per transaction for a while, so a failure is always blamed
// on one event, retried with backoff and at last dead-lettered, and never holds the others back. Failures are retried with exponential backoff; an event that
// keeps failing is dead-lettered (visible to admins) and stops blocking its user's later events.
import type { Transaction } from 'kysely';
import { transact } from '../../adapters/db/repositories/events.ts';
import {
  checkedEvent,
  claimNextEvent,
  markEventFailed,
  type StoredEvent,
  type StoredEventRow,
} from '../../adapters/db/repositories/outbox.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { withCorrelation } from '../../correlation.ts';
import { InvalidEvent } from '../../domain/events.ts';
import { traced } from '../../tracing.ts';
import { BackgroundWorker } from '../background-worker.ts';
import type { AppContext } from '../services.ts';

export interface Subscriber {
  name: string;
  /** The event types it handles. */
  types: readonly string[];
  /** Runs inside the event's transaction; must be safe to run again for the same event after a rollback. */
  handle(tx: Transaction<DB>, event: StoredEvent): Promise<void>;
}

export interface DispatcherOptions {
  /** Events handled side by side (several only make sense on PostgreSQL). */
  concurrency?: number;
  /** How often to look for new events when nothing woke the dispatcher. */
  pollMs?: number;
  maxAttempts?: number;
  /** First retry delay; doubles on each attempt. */
  backoffMs?: number;
}

/** At most this many events share a transaction. */
export const BATCH = 8;

export class EventDispatcher extends BackgroundWorker {
  private readonly byType = new Map<string, Subscriber[]>();
  private readonly options: Required<DispatcherOptions>;
  /** Events handled since start (benchmarks and the admin panel read it). */
  handled = 0;
  /** Steps still to take one event at a time, after a batch failed at its commit. */
  private alone = 0;

  constructor(
    private readonly app: AppContext,
    subscribers: readonly Subscriber[],
    options: DispatcherOptions = {},
  ) {
    const settings = { concurrency: 1, pollMs: 1000, maxAttempts: 8, backoffMs: 1000, ...options };
    super('events', app.log, settings.pollMs, settings.concurrency, app.traffic);
    this.options = settings;
    for (const subscriber of subscribers) {
      for (const type of subscriber.types)
        this.byType.set(type, [...(this.byType.get(type) ?? []), subscriber]);
    }
  }

  async step(): Promise<boolean> {
    return (await this.handleSome()) > 0;
  }

  /** Every event deliverable now, handled; how many (tests and tools). */
  override async drain(): Promise<number> {
    let count = 0;
    for (let handled = await this.handleSome(); handled > 0; handled = await this.handleSome())
      count += handled;
    return count;
  }

  /** Handles the events due now, up to BATCH in one transaction; how many were handled (0: none is due). */
  private async handleSome(): Promise<number> {
    const now = this.app.clock.now();
    const limit = this.alone > 0 ? 1 : BATCH;
    this.alone = Math.max(0, this.alone - 1);
    let handled = 0;
    /** The event being delivered, if any: a failure during its delivery is its. */
    let current: StoredEventRow | undefined;
    /** The last event claimed: alone in its transaction, a failure of the commit is its too. */
    let last: StoredEventRow | undefined;
    try {
      await transact(this.app.db, async (tx) => {
        handled = 0;
        for (let claimed = await claimNextEvent(tx, now); claimed; ) {
          current = last = claimed;
          await this.deliver(tx, claimed);
          current = undefined;
          handled++;
          claimed = handled < limit ? await claimNextEvent(tx, now) : undefined;
        }
      });
    } catch (error) {
      const failed = current ?? (limit === 1 ? last : undefined);
      if (failed) {
        // The batch is undone: the failure is recorded against its event, and the events before it in the
        // batch are handled again with the next one.
        await this.recordFailure(failed, error, now);
        this.handled++;
        return 1;
      }
      if (handled === 0) throw error;
      // A batch failed after its deliveries (at its commit: what its events wrote, or the database): its events
      // are taken one per transaction for a while, so that one whose writes cannot commit is found.
      this.alone = BATCH;
      return 1;
    }
    this.handled += handled;
    return handled;
  }

  /** Runs an event's subscribers in the transaction that claimed it. */
  private async deliver(tx: Transaction<DB>, claimed: StoredEventRow): Promise<void> {
    const subscribers = this.byType.get(claimed.type) ?? [];
    // Consumers only ever see payloads that fit their type's schema.
    const event = subscribers.length > 0 ? checkedEvent(claimed) : undefined;
    // What subscribers write (events, jobs) and log carries the id of the update that caused the event.
    const correlation = claimed.correlationId ?? `e${claimed.id}`;
    await withCorrelation(correlation, () =>
      traced(
        `event ${claimed.type}`,
        { 'diana.event_id': claimed.id, 'diana.correlation_id': correlation },
        async () => {
          for (const subscriber of subscribers) await subscriber.handle(tx, event!);
        },
        { parent: claimed.traceParent, root: true },
      ),
    );
  }

  private async recordFailure(event: StoredEventRow, error: unknown, now: Date): Promise<void> {
    const attempts = event.attempts + 1;
    // A payload that does not fit its schema will not fit on the next attempt either.
    const dead = attempts >= this.options.maxAttempts || error instanceof InvalidEvent;
    const retryAt = new Date(now.getTime() + this.options.backoffMs * 2 ** (attempts - 1));
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.app.log[dead ? 'error' : 'warn'](
      { err: error, event_id: event.id, event_type: event.type, user_id: event.userId, attempts },
      dead ? 'event dead-lettered after repeated failures' : 'event handling failed; will retry',
    );
    await markEventFailed(this.app.db, event.id, { error: message, retryAt, dead });
  }
}
