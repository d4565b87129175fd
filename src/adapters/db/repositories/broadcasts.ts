// Broadcasts and their recipients. The audience is written down when a broadcast starts (one row per person);
// each row is claimed before its message goes out and never claimed again, so a person receives a broadcast
// at most once whatever instance sends it and however often the sender restarts.
import { type Expression, type SqlBool, sql } from 'kysely';
import {
  type BroadcastButton,
  type BroadcastCounts,
  earnedForLevel,
  type Segment,
} from '../../../domain/broadcasts.ts';
import type { LevelTier } from '../../../domain/economy/levels.ts';
import type { Executor } from '../database.ts';
import type { BroadcastStatus } from '../schema.ts';

export interface SegmentContext {
  now: Date;
  tiers: readonly LevelTier[];
  freeChannel: number | undefined;
}

export interface BroadcastRow {
  id: number;
  text: string;
  photo: string | null;
  buttons: BroadcastButton[];
  segment: Segment;
  /** Sent with allow_paid_broadcast, in the paid lane of the sending pace. */
  paid: boolean;
  status: BroadcastStatus;
  sendAt: Date;
  audience: number | null;
  createdBy: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface ClaimedRecipient {
  broadcastId: number;
  userId: number;
  attempts: number;
  /** The broadcast is paid. */
  paid: boolean;
}

const DAY_MS = 86_400_000;

/**
 * The SQL condition on `users u` for a segment; people who turned broadcasts off, blocked the bot or were
 * forgotten never match. Levels follow besitos earned by activity, as everywhere.
 */
export function segmentCondition(segment: Segment, ctx: SegmentContext): Expression<SqlBool> {
  const parts = [sql`u.broadcasts`, sql`u.unreachable_at IS NULL`, sql`u.forgotten_at IS NULL`];
  if (segment.vip === true) parts.push(sql`u.vip_until > ${ctx.now}`);
  if (segment.vip === false) parts.push(sql`(u.vip_until IS NULL OR u.vip_until <= ${ctx.now})`);
  if (segment.languages) parts.push(sql`u.language IN (${sql.join(segment.languages)})`);
  if (segment.minLevel !== undefined)
    parts.push(sql`u.activity_earned >= ${earnedForLevel(segment.minLevel, ctx.tiers)}`);
  if (segment.inactiveDays !== undefined)
    parts.push(sql`u.last_seen_at <= ${new Date(ctx.now.getTime() - segment.inactiveDays * DAY_MS)}`);
  if (segment.reachedNode !== undefined) {
    const node = JSON.stringify([segment.reachedNode]);
    parts.push(sql`EXISTS (SELECT 1 FROM story_saves s WHERE s.user_id = u.id
      AND (s.visited @> ${node}::jsonb OR s.endings @> ${node}::jsonb))`);
  }
  if (segment.ownsItem !== undefined)
    parts.push(sql`EXISTS (SELECT 1 FROM inventory i WHERE i.user_id = u.id
      AND i.item_id = ${segment.ownsItem} AND i.quantity > 0)`);
  if (segment.freeChannelMember !== undefined) {
    const member =
      ctx.freeChannel === undefined
        ? sql`false`
        : sql`EXISTS (SELECT 1 FROM channel_members m WHERE m.user_id = u.id
            AND m.chat_id = ${ctx.freeChannel} AND m.is_member)`;
    parts.push(segment.freeChannelMember ? member : sql`NOT ${member}`);
  }
  if (segment.vipEndingWithinDays !== undefined)
    parts.push(
      sql`u.vip_until > ${ctx.now} AND u.vip_until <= ${new Date(ctx.now.getTime() + segment.vipEndingWithinDays * DAY_MS)}`,
    );
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

export async function countAudience(db: Executor, segment: Segment, ctx: SegmentContext): Promise<number> {
  const result = await sql<{ n: string | number }>`
    SELECT count(*) AS n FROM users u WHERE ${segmentCondition(segment, ctx)}
  `.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

export async function insertBroadcast(
  db: Executor,
  b: {
    text: string;
    photo?: string | undefined;
    buttons: BroadcastButton[];
    segment: Segment;
    paid?: boolean;
    sendAt: Date;
    createdBy: string;
    now: Date;
    draft?: boolean;
    key?: string | undefined;
  },
): Promise<number | undefined> {
  const row = await db
    .insertInto('broadcasts')
    .values({
      text: b.text,
      photo: b.photo ?? null,
      buttons: JSON.stringify(b.buttons),
      segment: JSON.stringify(b.segment),
      paid: b.paid ?? false,
      send_at: b.sendAt,
      created_by: b.createdBy,
      created_at: b.now,
      ...(b.draft ? { status: 'draft' as const } : {}),
      ...(b.key ? { idempotency_key: b.key } : {}),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row && Number(row.id);
}

export async function findBroadcastByKey(db: Executor, key: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('broadcasts')
    .select('id')
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row && Number(row.id);
}

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export async function findBroadcast(db: Executor, id: number): Promise<BroadcastRow | undefined> {
  const r = await db.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  return {
    id: Number(r.id),
    text: r.text,
    photo: r.photo,
    buttons: parseJson<BroadcastButton[]>(r.buttons),
    segment: parseJson<Segment>(r.segment),
    paid: r.paid,
    status: r.status,
    sendAt: r.send_at,
    audience: r.audience,
    createdBy: r.created_by,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export async function listBroadcasts(db: Executor, limit: number): Promise<BroadcastRow[]> {
  const ids = await db.selectFrom('broadcasts').select('id').orderBy('id', 'desc').limit(limit).execute();
  const rows = await Promise.all(ids.map((r) => findBroadcast(db, Number(r.id))));
  return rows.filter((r): r is BroadcastRow => r !== undefined);
}

/**
 * Starts the scheduled broadcasts due at `now`: writes down each one's audience (one pending row per person)
 * and marks it sending, in one transaction per broadcast, so two instances never start the same one twice.
 */
export async function startDueBroadcasts(
  db: Executor,
  ctx: SegmentContext,
  transact: <T>(work: (tx: Executor) => Promise<T>) => Promise<T>,
): Promise<number[]> {
  const due = await db
    .selectFrom('broadcasts')
    .select('id')
    .where('status', '=', 'scheduled')
    .where('send_at', '<=', ctx.now)
    .orderBy('id')
    .execute();
  const started: number[] = [];
  for (const { id } of due) {
    const done = await transact(async (tx) => {
      const locked = await sql<{ segment: unknown }>`
        SELECT segment FROM broadcasts WHERE id = ${id} AND status = 'scheduled' FOR UPDATE SKIP LOCKED
      `.execute(tx);
      const row = locked.rows[0];
      if (!row) return false;
      const segment = parseJson<Segment>(row.segment);
      const inserted = await sql`
        INSERT INTO broadcast_recipients (broadcast_id, user_id)
        SELECT ${id}, u.id FROM users u WHERE ${segmentCondition(segment, ctx)}
        ON CONFLICT DO NOTHING
      `.execute(tx);
      await tx
        .updateTable('broadcasts')
        .set({ status: 'sending', started_at: ctx.now, audience: Number(inserted.numAffectedRows ?? 0) })
        .where('id', '=', Number(id))
        .execute();
      return true;
    });
    if (done) started.push(Number(id));
  }
  return started;
}

/**
 * Claims up to `limit` waiting recipients of broadcasts being sent (of paid broadcasts only with `paidOnly`):
 * from now on they are never sent again.
 */
export async function claimRecipients(
  db: Executor,
  now: Date,
  limit: number,
  paidOnly = false,
): Promise<ClaimedRecipient[]> {
  const result = await sql<{ broadcast_id: number; user_id: number; attempts: number; paid: boolean }>`
    WITH picked AS (
      SELECT r.broadcast_id, r.user_id, b.paid FROM broadcast_recipients r
      JOIN broadcasts b ON b.id = r.broadcast_id AND b.status = 'sending' ${paidOnly ? sql`AND b.paid` : sql``}
      WHERE r.status = 'pending'
      ORDER BY r.broadcast_id, r.user_id
      LIMIT ${limit}
      FOR UPDATE OF r SKIP LOCKED
    )
    UPDATE broadcast_recipients r SET status = 'claimed', claimed_at = ${now}, attempts = r.attempts + 1
    FROM picked WHERE r.broadcast_id = picked.broadcast_id AND r.user_id = picked.user_id
    RETURNING r.broadcast_id, r.user_id, r.attempts, picked.paid
  `.execute(db);
  return result.rows.map((r) => ({
    broadcastId: Number(r.broadcast_id),
    userId: Number(r.user_id),
    attempts: Number(r.attempts),
    paid: Boolean(r.paid),
  }));
}

export async function finishRecipient(
  db: Executor,
  r: { broadcastId: number; userId: number },
  outcome: 'sent' | 'failed' | 'blocked' | 'skipped' | 'pending',
  at: Date,
  error?: string,
): Promise<void> {
  await db
    .updateTable('broadcast_recipients')
    .set({
      status: outcome,
      done_at: outcome === 'pending' ? null : at,
      error: error ? error.slice(0, 500) : null,
    })
    .where('broadcast_id', '=', r.broadcastId)
    .where('user_id', '=', r.userId)
    .where('status', '=', 'claimed')
    .execute();
}

/** Renews a claim whose message is still on its way (a long wait for Telegram's pace or its 429). */
export async function renewClaim(
  db: Executor,
  r: { broadcastId: number; userId: number },
  at: Date,
): Promise<void> {
  await db
    .updateTable('broadcast_recipients')
    .set({ claimed_at: at })
    .where('broadcast_id', '=', r.broadcastId)
    .where('user_id', '=', r.userId)
    .where('status', '=', 'claimed')
    .execute();
}

/**
 * Claims not renewed since `before` belong to a sender that died before it knew whether Telegram took the
 * message: it may have arrived, so it is never sent again; counted as uncertain.
 */
export async function settleAbandonedClaims(db: Executor, before: Date, at: Date): Promise<number> {
  const result = await db
    .updateTable('broadcast_recipients')
    .set({ status: 'uncertain', done_at: at, error: 'interrupted' })
    .where('status', '=', 'claimed')
    .where('claimed_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Marks done the broadcasts being sent that have nobody left waiting; their ids. */
export async function finishCompleteBroadcasts(db: Executor, at: Date): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    UPDATE broadcasts b SET status = 'done', finished_at = ${at}
    WHERE b.status = 'sending' AND NOT EXISTS (
      SELECT 1 FROM broadcast_recipients r
      WHERE r.broadcast_id = b.id AND r.status IN ('pending', 'claimed'))
    RETURNING b.id
  `.execute(db);
  return rows.rows.map((r) => Number(r.id));
}

/** Moves a broadcast from one of `from` to `to`; false when it was in none of them. */
export async function moveBroadcast(
  db: Executor,
  id: number,
  from: readonly BroadcastStatus[],
  to: BroadcastStatus,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('broadcasts')
    .set({ status: to, ...(to === 'cancelled' || to === 'done' ? { finished_at: at } : {}) })
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function broadcastCounts(
  db: Executor,
  id: number,
  audience: number | null,
): Promise<BroadcastCounts> {
  const rows = await db
    .selectFrom('broadcast_recipients')
    .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('broadcast_id', '=', id)
    .groupBy('status')
    .execute();
  const by = new Map(rows.map((r) => [r.status, Number(r.n)]));
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  return {
    audience: audience ?? total,
    sent: by.get('sent') ?? 0,
    failed: by.get('failed') ?? 0,
    blocked: by.get('blocked') ?? 0,
    skipped: by.get('skipped') ?? 0,
    uncertain: by.get('uncertain') ?? 0,
    remaining: (by.get('pending') ?? 0) + (by.get('claimed') ?? 0),
  };
}

/** Whether a person may receive a broadcast now (broadcasts on, not known unreachable). */
export async function stillReachable(db: Executor, userId: number): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select(['broadcasts', 'unreachable_at'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return Boolean(row?.broadcasts) && row?.unreachable_at == null;
}

export async function markUnreachable(db: Executor, userId: number, at: Date): Promise<void> {
  await db.updateTable('users').set({ unreachable_at: at }).where('id', '=', userId).execute();
}

/** Changes a draft's buttons, segment or paid mode; false when it is no longer a draft. */
export async function updateDraft(
  db: Executor,
  id: number,
  change: { buttons?: BroadcastButton[]; segment?: Segment; paid?: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('broadcasts')
    .set({
      ...(change.buttons ? { buttons: JSON.stringify(change.buttons) } : {}),
      ...(change.segment ? { segment: JSON.stringify(change.segment) } : {}),
      ...(change.paid !== undefined ? { paid: change.paid } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A draft goes out at `sendAt`; false when it is no longer a draft (sent already by another tap). */
export async function scheduleDraft(db: Executor, id: number, sendAt: Date): Promise<boolean> {
  const result = await db
    .updateTable('broadcasts')
    .set({ status: 'scheduled', send_at: sendAt })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
