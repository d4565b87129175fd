// How the bot keeps its updates: each arriving update is recorded in the inbox before any handler runs (in
// batches: the updates that arrive together are recorded in one round trip), and counts as handled only once
// its handler has finished, i.e. once its effects have committed. A handler that fails leaves the update to be
// retried from its stored body, with backoff, by the UpdateRetrier; after `maxAttempts` it is dead-lettered,
// visible and retryable in /admin. Handlers are idempotent (every effect is keyed by its cause), so an attempt
// that runs again after a crash changes nothing twice: delivery is at least once, effects exactly once.
import type { NextFunction } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { BackgroundWorker } from '../../app/background-worker.ts';
import type { Traffic } from '../../app/traffic.ts';
import { zoneOf } from '../../app/zone.ts';
import { localDate } from '../../domain/calendar.ts';
import type { Clock } from '../../domain/clock.ts';
import type { Db } from '../db/database.ts';
import { type Lease, newLease } from '../db/lease.ts';
import { noteActive, SEEN_WITHIN_MS } from '../db/repositories/activity.ts';
import {
  type Admitted,
  type Arrival,
  abandonedUpdatesDue,
  admitArrivals,
  claimDueUpdate,
  markFailed,
  markHandled,
  refreshProfile,
  type StoredUpdate,
} from '../db/repositories/update-inbox.ts';
import { findUser, type User } from '../db/repositories/users.ts';
import { isTransientDatabaseError, persevere } from '../db/transient-errors.ts';
import type { BotContext } from './context.ts';
import { updateKind } from './middleware.ts';

/** The update could not be recorded (the database stayed away): nothing of it was handled. */
export class UpdateNotRecorded extends Error {
  override name = 'UpdateNotRecorded';
}

export interface InboxOptions {
  /** How long an attempt may run before its update is presumed abandoned (its instance died) and retried. */
  leaseMs?: number;
  maxAttempts?: number;
  /** The first retry's delay; it doubles with each attempt. */
  backoffMs?: number;
  /** How long an arriving update may wait for the database to record it before it is given up. */
  recordForMs?: number;
}

interface Waiting {
  arrival: Arrival;
  /** The same on every try, so a try whose answer was lost is recognised by the next. */
  lease: Lease;
  deadline: number;
  tries: number;
  settle: (admitted: Admitted) => void;
  fail: (error: unknown) => void;
}

export class UpdateInbox {
  private waiting: Waiting[] = [];
  private recording = false;
  private handled: number[] = [];
  private marking: Promise<void> | undefined;
  /** Updates being attempted again, by their body (what the bot handles). */
  private readonly retries = new WeakMap<object, StoredUpdate>();
  private readonly options: Required<InboxOptions>;
  private readonly watchers = new Map<number, (recorded: boolean) => void>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log: Logger,
    /** The deployment's zone: whose day an update falls on, for people who chose no zone of their own. */
    private readonly zone: string,
    options: InboxOptions = {},
  ) {
    this.options = { leaseMs: 5 * 60_000, maxAttempts: 8, backoffMs: 5_000, recordForMs: 60_000, ...options };
  }

  /**
   * Records an arriving update; `fresh` is false for a repeated delivery. While the database is away (a lost
   * connection, a restart) the update waits, retrying with backoff, for up to `recordForMs`; then, or at once
   * for any other failure, UpdateNotRecorded is thrown and nothing of the update has been handled.
   */
  admit(arrival: Arrival): Promise<Admitted> {
    const told = (recorded: boolean) => {
      this.watchers.get(arrival.updateId)?.(recorded);
      this.watchers.delete(arrival.updateId);
    };
    return new Promise((settle, fail) => {
      this.enqueue({
        arrival,
        lease: newLease(new Date(this.clock.now().getTime() + this.options.leaseMs)),
        deadline: Date.now() + this.options.recordForMs,
        tries: 0,
        settle: (admitted) => {
          told(true);
          settle(admitted);
        },
        fail: (error) => {
          told(false);
          fail(error);
        },
      });
    });
  }

  /**
   * Resolves once an arriving update is recorded (true: from then on the inbox sees it through) or given up
   * (false). The webhook asks before the update reaches the bot, and answers Telegram by it.
   */
  whenRecorded(updateId: number): { recorded: Promise<boolean>; forget(): void } {
    const recorded = new Promise<boolean>((resolve) => this.watchers.set(updateId, resolve));
    return { recorded, forget: () => this.watchers.delete(updateId) };
  }

  private enqueue(waiting: Waiting): void {
    if (this.waiting.length === 0 && !this.recording) setImmediate(() => void this.record());
    this.waiting.push(waiting);
  }

  /** One batch in flight at a time: what arrives meanwhile goes in the next, so busier means larger batches. */
  private async record(): Promise<void> {
    this.recording = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      try {
        const admitted = await admitArrivals(
          this.db,
          batch.map((w) => ({ ...w.arrival, lease: w.lease })),
        );
        for (const [i, w] of batch.entries()) w.settle(admitted[i]!);
      } catch (error) {
        for (const w of batch) this.retryLater(w, error);
      }
    }
    this.recording = false;
  }

  private retryLater(w: Waiting, error: unknown): void {
    w.tries++;
    const delay = Math.min(2_000, 100 * 2 ** (w.tries - 1));
    if (!isTransientDatabaseError(error) || Date.now() + delay > w.deadline) {
      w.fail(new UpdateNotRecorded(`update ${w.arrival.updateId} could not be recorded`, { cause: error }));
      return;
    }
    if (w.tries === 1)
      this.log.warn({ err: error, update_id: w.arrival.updateId }, 'could not record an update; retrying');
    setTimeout(() => this.enqueue(w), delay).unref();
  }

  /**
   * Notes an update of the person as activity (repositories/activity.ts): only when it is their first of a new
   * local day or their `last_seen_at` (as read with the update, when it was) is over an hour old, so most
   * updates write nothing for it. Its own statement, after the update was handled: the reply never waits for it.
   */
  async noteActive(user: User, lastSeenAt: Date | undefined): Promise<void> {
    const at = this.clock.now();
    const zone = zoneOf({ timeZone: this.zone }, user);
    const noted =
      lastSeenAt &&
      localDate(lastSeenAt, zone) >= localDate(at, zone) &&
      lastSeenAt.getTime() >= at.getTime() - SEEN_WITHIN_MS;
    if (!noted) await noteActive(this.db, user.id, { at, zone: this.zone });
  }

  /** Its handler finished: the update is done (marked in batches, off the reply's path). */
  markHandled(updateId: number): void {
    this.handled.push(updateId);
    this.marking ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flushHandled());
  }

  private async flushHandled(): Promise<void> {
    while (this.handled.length > 0) {
      const ids = this.handled;
      this.handled = [];
      // Unmarked, they would stay leased and run again once the lease ends (changing nothing twice, but late).
      await this.persevere(() => markHandled(this.db, ids, this.clock.now())).catch((error) =>
        this.log.warn({ err: error, updates: ids.length }, 'could not mark updates handled'),
      );
    }
    this.marking = undefined;
  }

  /** Writes to the inbox, trying again while the database is briefly away (a restart, a cut connection). */
  private persevere<T>(write: () => Promise<T>): Promise<T> {
    return persevere(write, this.options.recordForMs);
  }

  /** Waits until every update marked handled so far is recorded as such (stop and tests). */
  async flush(): Promise<void> {
    while (this.marking) await this.marking;
  }

  /** Its handler failed: the update is retried later, or dead-lettered after too many attempts. */
  async markFailed(updateId: number, attempt: number, error: unknown): Promise<{ dead: boolean }> {
    const dead = attempt >= this.options.maxAttempts;
    const retryAt = new Date(this.clock.now().getTime() + this.options.backoffMs * 2 ** (attempt - 1));
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await this.persevere(() => markFailed(this.db, updateId, { error: message, retryAt, dead }));
    return { dead };
  }

  /**
   * At the start of a process that alone uses the database: the updates a previous process was handling when
   * it ended are attempted again now, not once their lease ends (or dead-lettered, after their last attempt).
   */
  takeOverAbandoned(): Promise<{ due: number; dead: number }> {
    return this.persevere(() => abandonedUpdatesDue(this.db, this.clock.now(), this.options.maxAttempts));
  }

  /** Claims the next update due for another attempt, and remembers it as a retry for the middleware. */
  async claimRetry(): Promise<StoredUpdate | undefined> {
    const now = this.clock.now();
    const lease = newLease(new Date(now.getTime() + this.options.leaseMs));
    const due = await this.persevere(() => claimDueUpdate(this.db, now, lease));
    if (due) this.retries.set(due.body, due);
    return due;
  }

  retryOf(update: object): StoredUpdate | undefined {
    return this.retries.get(update);
  }
}

/**
 * The middleware that admits every update: a repeated delivery is skipped; for updates from a person, the same
 * round trip loads their user, so replies speak the language they chose. The update is marked handled when the
 * rest of the chain has finished, or failed (to be retried) when it throws.
 */
export function admitUpdate(inbox: UpdateInbox) {
  return async (ctx: BotContext, next: NextFunction) => {
    const update = ctx.update;
    const from = ctx.from && !ctx.from.is_bot ? ctx.from : undefined;
    const retry = inbox.retryOf(update);
    ctx.attempt = retry?.attempts ?? 1;
    let lastSeenAt: Date | undefined;
    if (retry) {
      ctx.log.info({ attempt: ctx.attempt }, 'update attempted again');
      ctx.user = from && (await findUser(ctx.app.db, from.id));
    } else {
      const profile = from && {
        id: from.id,
        firstName: from.first_name,
        lastName: from.last_name ?? null,
        username: from.username ?? null,
      };
      const admitted = await inbox.admit({ updateId: update.update_id, body: update, from: profile });
      if (!admitted.fresh) {
        ctx.log.info('duplicate update skipped');
        ctx.app.metrics?.updates.inc({ kind: updateKind(ctx), outcome: 'duplicate' });
        return;
      }
      ctx.user = admitted.user;
      lastSeenAt = admitted.lastSeenAt;
      if (admitted.renamed && profile) {
        await refreshProfile(ctx.app.db, profile);
        ctx.user = await findUser(ctx.app.db, profile.id);
      }
    }
    if (ctx.user) ctx.locale = ctx.user.language;
    // Who sent it, as known when it arrived (a registration notes its own first day).
    const sender = ctx.user;

    const timer = ctx.app.metrics?.updateSeconds.startTimer();
    ctx.app.traffic?.enter();
    try {
      await next();
    } catch (error) {
      const { dead } = await inbox.markFailed(update.update_id, ctx.attempt, error).catch((markError) => {
        // Left `handling`, it is retried once its lease ends.
        ctx.log.warn({ err: markError }, 'could not record a failed attempt');
        return { dead: false };
      });
      ctx.log[dead ? 'error' : 'warn'](
        { err: error, attempt: ctx.attempt },
        dead ? 'update dead-lettered after repeated failures' : 'update failed; it will be attempted again',
      );
      throw error;
    } finally {
      ctx.app.traffic?.leave();
      // Activity is activity, whatever became of the update.
      if (sender)
        await inbox
          .noteActive(sender, lastSeenAt)
          .catch((error) => ctx.log.warn({ err: error }, 'could not note the person as active'));
    }
    inbox.markHandled(update.update_id);
    timer?.();
    ctx.app.metrics?.updates.inc({ kind: updateKind(ctx), outcome: 'handled' });
    ctx.log.debug({ kind: updateKind(ctx) }, 'update handled');
  };
}

/** Attempts again the updates whose handlers failed or whose instance died mid-way. */
export class UpdateRetrier extends BackgroundWorker {
  constructor(
    private readonly inbox: UpdateInbox,
    private readonly handle: (update: Update) => Promise<void>,
    log: Logger,
    traffic?: Traffic,
  ) {
    super('updates', log, 1000, 1, traffic);
  }

  async step(): Promise<boolean> {
    const due = await this.inbox.claimRetry();
    if (!due) return false;
    await this.handle(due.body as unknown as Update);
    return true;
  }
}
