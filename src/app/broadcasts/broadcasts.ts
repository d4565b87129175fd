// Broadcasts as use-cases: an operator composes a message for a segment, sees the audience size, previews it
// to themself, sends it now or schedules it; pauses, resumes or cancels it; follows its progress. Every
// change is audited. The sending itself is the BroadcastSender's (sender.ts).

import type { Executor } from '../../adapters/db/database.ts';
import { writeAudit } from '../../adapters/db/repositories/audit.ts';
import {
  type BroadcastRow,
  broadcastCounts,
  countAudience,
  findBroadcast,
  findBroadcastByKey,
  insertBroadcast,
  listBroadcasts,
  moveBroadcast,
  type SegmentContext,
  scheduleDraft,
  updateDraft,
} from '../../adapters/db/repositories/broadcasts.ts';
import { transact } from '../../adapters/db/repositories/events.ts';
import type { Locales } from '../../content/locales.ts';
import {
  type BroadcastCounts,
  type BroadcastMessage,
  type BroadcastTarget,
  etaSeconds,
  type Segment,
} from '../../domain/broadcasts.ts';
import type { AppContext } from '../services.ts';
import type { OutgoingButton, OutgoingMessage, TelegramGateway } from '../telegram-gateway.ts';

/** Who asks: the Telegram id of an admin (0 for an API key) and how they are named in the broadcast's record. */
export interface BroadcastActor {
  adminId: number;
  name: string;
}

/** Records in the audit log that a broadcast was scheduled, for whom and when. */
async function auditCreation(
  tx: Executor,
  actor: BroadcastActor,
  b: { id: number; segment: Segment; paid: boolean; sendAt: Date; audience: number },
  now: Date,
): Promise<void> {
  await writeAudit(
    tx,
    {
      adminId: actor.adminId,
      action: 'broadcast.create',
      targetUserId: null,
      before: null,
      after: {
        id: b.id,
        segment: b.segment,
        paid: b.paid,
        send_at: b.sendAt.toISOString(),
        audience: b.audience,
      },
      reason: null,
      ref: `broadcast:${b.id}`,
    },
    now,
  );
}

/** Broadcast messages a second the sender plans with (the shared sending pace's steady rate). */
export const BROADCAST_RATE = 25;
/**
 * The same for a paid broadcast: the pace's paid lane allows far more; the sender reached about this many on
 * PostgreSQL on a busy two-core machine (each message is a few database writes).
 */
export const PAID_BROADCAST_RATE = 75;

export interface BroadcastView extends BroadcastRow {
  counts: BroadcastCounts;
  /** Seconds until everyone is reached at the steady pace; 0 when nothing waits. */
  etaSeconds: number;
}

export function segmentContext(app: AppContext): SegmentContext {
  return { now: app.clock.now(), tiers: app.pack.economy.levels, freeChannel: app.channels.free };
}

/** How many people a segment reaches now (never counting those who turned broadcasts off or blocked the bot). */
export function previewAudience(app: AppContext, segment: Segment): Promise<number> {
  return countAudience(app.db, segment, segmentContext(app));
}

export async function createBroadcast(
  app: AppContext,
  input: { message: BroadcastMessage; segment: Segment; paid?: boolean; sendAt?: Date | undefined },
  actor: BroadcastActor,
  /** The caller's name for this request: the same key again creates nothing and answers with the first. */
  key?: string,
): Promise<
  | { ok: true; id: number; audience: number; replayed: boolean }
  | { ok: false; reason: 'key_reused'; id: number }
> {
  const now = app.clock.now();
  const sendAt = input.sendAt && input.sendAt > now ? input.sendAt : now;
  const paid = input.paid ?? false;
  const audience = await previewAudience(app, input.segment);
  const id = await transact(app.db, async (tx) => {
    const id = await insertBroadcast(tx, {
      text: input.message.text,
      photo: input.message.photo,
      buttons: input.message.buttons,
      segment: input.segment,
      paid,
      sendAt,
      createdBy: actor.name,
      now,
      key,
    });
    if (id === undefined) return undefined;
    await auditCreation(tx, actor, { id, segment: input.segment, paid, sendAt, audience }, now);
    return id;
  });
  if (id === undefined) {
    const first = await findBroadcastByKey(app.db, key!);
    const view = first === undefined ? undefined : await broadcastView(app, first);
    if (!view) throw new Error(`broadcast with key ${key} vanished`);
    const same =
      view.text === input.message.text &&
      view.photo === (input.message.photo ?? null) &&
      view.paid === paid &&
      JSON.stringify(view.segment) === JSON.stringify(input.segment) &&
      JSON.stringify(view.buttons) === JSON.stringify(input.message.buttons);
    if (!same) return { ok: false, reason: 'key_reused', id: view.id };
    return { ok: true, id: view.id, audience: view.counts.audience, replayed: true };
  }
  app.log.info({ broadcast_id: id, audience, send_at: sendAt }, 'broadcast created');
  return { ok: true, id, audience, replayed: false };
}

/** A draft composed in /admin (a text, or a photo and its caption): nobody receives it until it is sent. */
export async function createDraft(
  app: AppContext,
  message: { text: string; photo?: string | undefined },
  actor: BroadcastActor,
): Promise<number> {
  const id = await insertBroadcast(app.db, {
    ...message,
    buttons: [],
    segment: {},
    sendAt: app.clock.now(),
    createdBy: actor.name,
    now: app.clock.now(),
    draft: true,
  });
  if (id === undefined) throw new Error('a draft without a key cannot collide');
  return id;
}

export function changeDraft(
  app: AppContext,
  id: number,
  change: { buttons?: BroadcastMessage['buttons']; segment?: Segment; paid?: boolean },
): Promise<boolean> {
  return updateDraft(app.db, id, change);
}

/** Sends a draft now or at `sendAt` (audited); false when it was sent already. */
export async function sendDraft(
  app: AppContext,
  id: number,
  sendAt: Date | undefined,
  actor: BroadcastActor,
): Promise<boolean> {
  const now = app.clock.now();
  const at = sendAt && sendAt > now ? sendAt : now;
  const draft = await findBroadcast(app.db, id);
  if (draft?.status !== 'draft') return false;
  const audience = await previewAudience(app, draft.segment);
  return transact(app.db, async (tx) => {
    if (!(await scheduleDraft(tx, id, at))) return false;
    await auditCreation(
      tx,
      actor,
      { id, segment: draft.segment, paid: draft.paid, sendAt: at, audience },
      now,
    );
    return true;
  });
}

export async function broadcastView(app: AppContext, id: number): Promise<BroadcastView | undefined> {
  const row = await findBroadcast(app.db, id);
  if (!row) return undefined;
  const counts =
    row.audience === null
      ? { ...(await broadcastCounts(app.db, id, null)), audience: await previewAudience(app, row.segment) }
      : await broadcastCounts(app.db, id, row.audience);
  if (row.audience === null) counts.remaining = row.status === 'scheduled' ? counts.audience : 0;
  const rate = row.paid ? PAID_BROADCAST_RATE : BROADCAST_RATE;
  return { ...row, counts, etaSeconds: row.status === 'done' ? 0 : etaSeconds(counts, rate) };
}

/** The latest broadcasts past their draft, with their counts, newest first. */
export async function recentBroadcasts(app: AppContext, limit: number): Promise<BroadcastView[]> {
  // Drafts are few (one per admin composing); a handful more rows leaves `limit` after skipping them.
  const recent = (await listBroadcasts(app.db, limit + 5)).filter((b) => b.status !== 'draft');
  const views = await Promise.all(recent.slice(0, limit).map((b) => broadcastView(app, b.id)));
  return views.filter((v): v is BroadcastView => v !== undefined);
}

const MOVES = {
  pause: { from: ['sending', 'scheduled'], to: 'paused' },
  resume: { from: ['paused'], to: 'sending' },
  cancel: { from: ['draft', 'scheduled', 'sending', 'paused'], to: 'cancelled' },
} as const;

export type BroadcastMove = keyof typeof MOVES;

/**
 * Pauses, resumes or cancels a broadcast. `unchanged` when it is not in a state that allows it (already done or
 * cancelled, not paused); `missing` when there is no such broadcast.
 */
export async function moveBroadcastTo(
  app: AppContext,
  id: number,
  move: BroadcastMove,
  actor: BroadcastActor,
): Promise<'moved' | 'unchanged' | 'missing'> {
  const now = app.clock.now();
  return transact(app.db, async (tx) => {
    const before = await findBroadcast(tx, id);
    if (!before) return 'missing';
    const { from, to } = MOVES[move];
    // A paused broadcast that never started resumes as scheduled: its audience is written down at its start.
    const target = move === 'resume' && before.startedAt === null ? 'scheduled' : to;
    if (!(await moveBroadcast(tx, id, from, target, now))) return 'unchanged';
    await writeAudit(
      tx,
      {
        adminId: actor.adminId,
        action: `broadcast.${move}`,
        targetUserId: null,
        before: { status: before.status },
        after: { status: target },
        reason: null,
        ref: `broadcast:${id}`,
      },
      now,
    );
    return 'moved';
  });
}

const LABELS: Record<BroadcastTarget, string> = {
  story: 'menu-story',
  vip: 'menu-vip',
  shop: 'besitos-shop-button',
};

const ACTIONS: Record<BroadcastTarget, { action: string; args?: string[] }> = {
  story: { action: 'nav', args: ['story'] },
  vip: { action: 'nav', args: ['vip'] },
  shop: { action: 'shop' },
};

/** What a broadcast shows, as stored: a draft or a sent one has `photo: null` when it has none. */
export type BroadcastContent = Pick<BroadcastMessage, 'text' | 'buttons'> & { photo?: string | null };

/** The message as one person sees it: the photo, the text, and each button on its own row in their language. */
export function composeBroadcast(
  locales: Locales,
  locale: string,
  message: BroadcastContent,
): OutgoingMessage {
  const buttons: OutgoingButton[][] = message.buttons.map((b) => [
    { label: b.label ?? locales.translate(locale, LABELS[b.target]), ...ACTIONS[b.target] },
  ]);
  return {
    text: message.text,
    ...(message.photo ? { photo: message.photo } : {}),
    ...(buttons.length ? { buttons } : {}),
  };
}

/** Sends the message to its author alone, as the audience will see it; not counted anywhere. */
export async function previewBroadcast(
  app: AppContext,
  telegram: TelegramGateway,
  message: BroadcastContent,
  to: { userId: number; locale: string },
): Promise<'sent' | 'unreachable'> {
  return telegram.send(to.userId, composeBroadcast(app.pack.locales, to.locale, message));
}
