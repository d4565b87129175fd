// Delivers outbox events to subscribers, at least once and in order per user. Each event is handled in one
// transaction with everything its subscribers write, and marked done in that same transaction: a crash
// before the commit leaves it pending, and it is handled again after the restart, as if for the first time.
// Failures are retried with exponential backoff; an event that keeps failing is dead-lettered (visible to
// admins) and stops blocking its user's later events. While it runs, events none of its subscribers would act on
// are written as delivered (see deliverOnly in the outbox): they never cost a delivery.
import type { Transaction } from 'kysely';
import { deliverOnly, transact } from '../../adapters/db/repositories/events.ts';
import {
  checkedEvent,
  claimNextEvent,
  markEventFailed,
  type StoredEvent,
  type StoredEventRow,
} from '../../adapters/db/repositories/outbox.ts';
import type { DB } from '../../adapters/db/schema.ts';
import { withCorrelation } from '../../correlation.ts';
import { type DomainEvent, EVENT_VERSION, InvalidEvent, parseEventPayload } from '../../domain/events.ts';
import { traced } from '../../tracing.ts';
import { BackgroundWorker } from '../background-worker.ts';
import type { AppContext } from '../services.ts';

export interface Subscriber {
  name: string;
  /** The event types it handles. */
  types: readonly string[];
  /** Runs inside the event's transaction; must be safe to run again for the same event after a rollback. */
  handle(tx: Transaction<DB>, event: StoredEvent): Promise<void>;
  /**
   * Whether `handle` could act on an event of its types, judged from the event alone (as delivered: its payload
   * checked against its schema); true when absent. Must never say false of an event `handle` would act on.
   */
  wants?(event: DomainEvent): boolean;
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

export class EventDispatcher extends BackgroundWorker {
  private readonly byType = new Map<string, Subscriber[]>();
  private readonly options: Required<DispatcherOptions>;
  /** Events handled since start (benchmarks and the admin panel read it). */
  handled = 0;
  private stopFiltering: (() => void) | undefined;

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

  override start(): void {
    super.start();
    this.stopFiltering ??= deliverOnly(this.app.db, (event) => this.wants(event));
  }

  override async stop(): Promise<void> {
    this.stopFiltering?.();
    this.stopFiltering = undefined;
    await super.stop();
  }

  /** Whether a subscriber would act on the event; an event whose payload does not fit is delivered (and dead). */
  wants(event: DomainEvent): boolean {
    const subscribers = this.byType.get(event.type) ?? [];
    if (subscribers.length === 0) return false;
    // A subscriber that cannot tell acts on everything of its types.
    if (subscribers.some((subscriber) => !subscriber.wants)) return true;
    let delivered: DomainEvent;
    try {
      const payload = parseEventPayload(event.type, EVENT_VERSION, JSON.parse(JSON.stringify(event.payload)));
      delivered = { ...event, payload } as DomainEvent;
    } catch {
      return true;
    }
    return subscribers.some((subscriber) => subscriber.wants?.(delivered));
  }

  step(): Promise<boolean> {
    return this.handleNext();
  }

  /** Handles one event; false when none is deliverable now. */
  async handleNext(): Promise<boolean> {
    let claimed: StoredEventRow | undefined;
    const now = this.app.clock.now();
    try {
      return await transact(this.app.db, async (tx) => {
        claimed = await claimNextEvent(tx, now);
        if (!claimed) return false;
        const subscribers = this.byType.get(claimed.type) ?? [];
        // Consumers only ever see payloads that fit their type's schema.
        const event = subscribers.length > 0 ? checkedEvent(claimed) : undefined;
        // What subscribers write (events, jobs) and log carries the id of the update that caused the event.
        const delivered = claimed;
        const correlation = delivered.correlationId ?? `e${delivered.id}`;
        await withCorrelation(correlation, () =>
          traced(
            `event ${delivered.type}`,
            { 'diana.event_id': delivered.id, 'diana.correlation_id': correlation },
            async () => {
              for (const subscriber of subscribers) await subscriber.handle(tx, event!);
            },
            { parent: delivered.traceParent, root: true },
          ),
        );
        return true;
      });
    } catch (error) {
      if (!claimed) throw error;
      await this.recordFailure(claimed, error, now);
      return true;
    } finally {
      if (claimed) this.handled++;
    }
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
