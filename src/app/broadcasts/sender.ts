// Sends broadcasts: starts those due (writing down their audience), then claims one recipient at a time and
// sends through the messaging port, which waits for the shared sending pace (≤ 30/s for the bot across
// instances, one message a second per chat; Telegram's 429 is waited out by the retrying client). A paid
// broadcast goes out in the pace's paid lane (up to Telegram's 1,000/s, for Stars), with more loops sending
// at once while one is on its way. A claim is never taken back: a sender killed between its claim and
// Telegram's answer leaves the recipient 'uncertain' (Telegram cannot say whether it arrived) rather than risk
// a second copy. Claims are taken one at a time right before the send and renewed while it waits, so only the
// messages actually on their way (at most `concurrency`, `paidConcurrency` during a paid broadcast) are
// uncertain after a kill, and they are settled a short lease after it, not minutes. A message Telegram refused
// is claimed again later. Someone who blocked the bot is marked unreachable and skipped by later broadcasts;
// someone who turned broadcasts off since the start is skipped.
import {
  type BroadcastRow,
  claimRecipients,
  findBroadcast,
  finishCompleteBroadcasts,
  finishRecipient,
  markUnreachable,
  renewClaim,
  settleAbandonedClaims,
  startDueBroadcasts,
  stillReachable,
} from '../../adapters/db/repositories/broadcasts.ts';
import { findUser } from '../../adapters/db/repositories/users.ts';
import { BackgroundWorker } from '../background-worker.ts';
import type { AppContext } from '../services.ts';
import type { TelegramGateway } from '../telegram-gateway.ts';
import { composeBroadcast, segmentContext } from './broadcasts.ts';

/** A claim not renewed for this long belongs to a sender that died (a live one renews it every third of it). */
export const CLAIM_LEASE_MS = 15_000;
/** A message Telegram refused for another reason is tried again this many times in all. */
const MAX_ATTEMPTS = 3;
/** Messages on their way at once: enough for the free pace (30/s) over Telegram's answer time. */
const CONCURRENCY = 3;
/** Messages on their way at once during a paid broadcast: enough for hundreds a second, still bounded. */
const PAID_CONCURRENCY = 32;
/** Broadcasts whose message is kept in memory while they are sent. */
const REMEMBERED = 8;

export class BroadcastSender extends BackgroundWorker {
  /** Messages sent since start. */
  sent = 0;
  /** The loops that do everything; those beyond them send paid broadcasts only. */
  private readonly fullLoops: number;
  /** A paid broadcast was seen sending: the extra loops claim its recipients until none is left. */
  private paidSending = false;
  /** The broadcasts being sent, read once each: a broadcast's message never changes once it is sent. */
  private readonly remembered = new Map<number, BroadcastRow>();

  constructor(
    private readonly app: AppContext,
    private readonly telegram: TelegramGateway,
    options: { pollMs?: number; concurrency?: number; paidConcurrency?: number } = {},
  ) {
    // A few loops at once, so the sending pace and not Telegram's answer time sets the rate.
    const concurrency = options.concurrency ?? CONCURRENCY;
    const paidConcurrency = Math.max(concurrency, options.paidConcurrency ?? PAID_CONCURRENCY);
    super('broadcasts', app.log, options.pollMs ?? 1000, paidConcurrency, app.traffic);
    this.fullLoops = concurrency;
  }

  async step(loop = 0): Promise<boolean> {
    if (loop >= this.fullLoops) return this.stepPaid();
    const now = this.app.clock.now();
    const stale = await settleAbandonedClaims(this.app.db, new Date(now.getTime() - CLAIM_LEASE_MS), now);
    if (stale)
      this.app.log.warn(
        { recipients: stale },
        'broadcast claims left by a dead sender: uncertain, not sent again',
      );
    const started = await startDueBroadcasts(this.app.db, segmentContext(this.app), (work) =>
      this.app.db.transaction().execute((tx) => work(tx)),
    );
    for (const id of started) this.app.log.info({ broadcast_id: id }, 'broadcast started');
    const [claimed] = await claimRecipients(this.app.db, now, 1);
    if (claimed?.paid && !this.paidSending) {
      this.paidSending = true;
      this.wake();
    }
    if (claimed) await this.deliver(claimed.broadcastId, claimed.userId, claimed.attempts);
    const finished = await finishCompleteBroadcasts(this.app.db, this.app.clock.now());
    for (const id of finished) this.app.log.info({ broadcast_id: id }, 'broadcast finished');
    return claimed !== undefined || started.length > 0;
  }

  /** The extra loops sleep until a paid broadcast is seen sending. */
  protected override resting(loop: number): boolean {
    return loop >= this.fullLoops && !this.paidSending;
  }

  /** An extra loop: sends a paid broadcast's next recipient while one is sending. */
  private async stepPaid(): Promise<boolean> {
    const [claimed] = await claimRecipients(this.app.db, this.app.clock.now(), 1, true);
    if (!claimed) {
      this.paidSending = false;
      return false;
    }
    await this.deliver(claimed.broadcastId, claimed.userId, claimed.attempts);
    return true;
  }

  private async broadcast(id: number): Promise<BroadcastRow | undefined> {
    const known = this.remembered.get(id);
    if (known) return known;
    const row = await findBroadcast(this.app.db, id);
    if (!row) return undefined;
    if (this.remembered.size >= REMEMBERED) this.remembered.delete(this.remembered.keys().next().value!);
    this.remembered.set(id, row);
    return row;
  }

  private async deliver(broadcastId: number, userId: number, attempts: number): Promise<void> {
    const db = this.app.db;
    const who = { broadcastId, userId };
    const [broadcast, user, reachable] = await Promise.all([
      this.broadcast(broadcastId),
      findUser(db, userId),
      stillReachable(db, userId),
    ]);
    if (!broadcast || !user || !reachable) {
      await finishRecipient(db, who, 'skipped', this.app.clock.now());
      return;
    }
    const message = composeBroadcast(this.app.pack.locales, user.language, broadcast);
    const renewing = setInterval(() => {
      renewClaim(db, who, this.app.clock.now()).catch((err: unknown) =>
        this.app.log.warn({ err, user_id: userId, broadcast_id: broadcastId }, 'broadcast claim not renewed'),
      );
    }, CLAIM_LEASE_MS / 3);
    try {
      const outcome = await this.telegram.send(userId, message, { paid: broadcast.paid });
      const at = this.app.clock.now();
      if (outcome === 'sent') {
        this.sent++;
        await finishRecipient(db, who, 'sent', at);
      } else {
        await markUnreachable(db, userId, at);
        await finishRecipient(db, who, 'blocked', at);
        this.app.log.info(
          { user_id: userId, broadcast_id: broadcastId },
          'user unreachable; marked and skipped later',
        );
      }
    } catch (err) {
      const again = attempts < MAX_ATTEMPTS;
      this.app.log.warn(
        { err, user_id: userId, broadcast_id: broadcastId, attempts },
        again ? 'broadcast message not sent; will retry' : 'broadcast message not sent; given up',
      );
      await finishRecipient(db, who, again ? 'pending' : 'failed', this.app.clock.now(), String(err));
    } finally {
      clearInterval(renewing);
    }
  }
}
