// Broadcasts as pure rules: who a segment names (every condition given must hold; none given is everyone),
// the buttons a broadcast may carry (the story, 💎 VIP, 🛍️ Tienda), and its progress counts.
import { z } from 'zod';
import { LAUNCH_TIERS, type LevelTier, levelProgress } from './economy/levels.ts';

const days = z.number().int().min(0).max(3650);

export const SegmentSchema = z
  .object({
    /** true: VIP now; false: not VIP now. */
    vip: z.boolean().optional(),
    /** Any of these interface languages. */
    languages: z.array(z.string().min(2).max(8)).min(1).max(10).optional(),
    minLevel: z.number().int().min(1).max(1000).optional(),
    /** No update from the person for at least this many days. */
    inactiveDays: days.optional(),
    /** Has reached this story node or ending. */
    reachedNode: z.string().min(1).max(100).optional(),
    /** Owns at least one of this item. */
    ownsItem: z.string().min(1).max(100).optional(),
    /** true: in the free channel now; false: not in it. */
    freeChannelMember: z.boolean().optional(),
    /** VIP now, and the VIP ends within this many days. */
    vipEndingWithinDays: days.optional(),
  })
  .strict();

export type Segment = z.infer<typeof SegmentSchema>;

/** Where a broadcast's button leads: a screen of the bot. */
export const BROADCAST_TARGETS = ['story', 'vip', 'shop'] as const;
export type BroadcastTarget = (typeof BROADCAST_TARGETS)[number];

export const BroadcastButtonSchema = z.object({
  target: z.enum(BROADCAST_TARGETS),
  /** The label shown; the target's usual name in the person's language when left out. */
  label: z.string().min(1).max(64).optional(),
});
export type BroadcastButton = z.infer<typeof BroadcastButtonSchema>;

/** Telegram's longest caption: a broadcast with a photo carries its text as the caption. */
export const MAX_PHOTO_CAPTION = 1024;

export const BroadcastMessageSchema = z
  .object({
    text: z.string().trim().min(1).max(4096),
    /** A Telegram file id, or an https URL Telegram fetches the photo from. */
    photo: z
      .string()
      .trim()
      .min(1)
      .max(1024)
      .refine((p) => !p.includes('://') || p.startsWith('https://'), 'a photo URL must be https')
      .optional(),
    buttons: z.array(BroadcastButtonSchema).max(3).default([]),
  })
  .refine((m) => m.photo === undefined || m.text.length <= MAX_PHOTO_CAPTION, {
    message: `with a photo, the text is its caption: at most ${MAX_PHOTO_CAPTION} characters`,
    path: ['text'],
  });
export type BroadcastMessage = z.infer<typeof BroadcastMessageSchema>;

/** The least besitos earned by activity that reach `level`. */
export function earnedForLevel(level: number, tiers: readonly LevelTier[] = LAUNCH_TIERS): number {
  let earned = 0;
  for (;;) {
    const progress = levelProgress(earned, tiers);
    if (progress.level >= level) return earned;
    earned = progress.next;
  }
}

export interface BroadcastCounts {
  audience: number;
  sent: number;
  failed: number;
  blocked: number;
  /** Turned broadcasts off, or were found unreachable, between the start and their turn. */
  skipped: number;
  /** Their message was on its way when the sender died: maybe delivered, never sent again. */
  uncertain: number;
  /** Still to be sent (pending or being sent now). */
  remaining: number;
}

/** Seconds left at `perSecond` messages a second, rounded up; 0 when nothing remains. */
export function etaSeconds(counts: Pick<BroadcastCounts, 'remaining'>, perSecond: number): number {
  return counts.remaining <= 0 ? 0 : Math.ceil(counts.remaining / perSecond);
}

/** A one-line description of a segment for lists and logs (stable key order). */
export function describeSegment(segment: Segment): string {
  const parts = Object.entries(segment)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('|') : String(v)}`);
  return parts.length ? parts.join(' ') : 'everyone';
}
