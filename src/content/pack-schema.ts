// The shape of pack.yaml. Values a creator tunes (rewards, multipliers, caps) live here, never in code.
import { z } from 'zod';
import { isTimeZone } from '../domain/calendar.ts';
import { FLAG_NAMES } from '../domain/flags.ts';

const besitos = z.number().int().nonnegative();

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');

const notificationsSchema = z.strictObject({
  /** Lucien does not write during these hours of the user's day; messages wait until they end. */
  quiet_hours: z.strictObject({ from: clock, to: clock }).optional(),
  /** The quiet hours a person may choose in ⚙️ Configuración, in this order (the above too, and none). */
  quiet_hours_choices: z
    .array(z.strictObject({ from: clock, to: clock }))
    .max(6)
    .default([]),
  /** Announcements that arrive within this many seconds of each other go out as one message. */
  batch_window_seconds: z.number().int().nonnegative().default(3),
});

const channelsSchema = z.strictObject({
  /** The reaction buttons under every post admins publish through the bot. */
  reactions: z
    .array(z.string().min(1).max(8))
    .min(1)
    .max(8)
    .refine((list) => new Set(list).size === list.length, 'reactions must be different'),
  /** Counters on a post's buttons are edited at most once per this many seconds (Telegram's flood limits). */
  counter_refresh_seconds: z.number().int().min(1).max(3600),
});

const vipSchema = z.strictObject({
  /** Lucien reminds a VIP guest this many days before their VIP ends. */
  reminder_days: z
    .array(z.number().int().min(1).max(60))
    .refine((days) => new Set(days).size === days.length, 'reminder days must be different'),
  /** How long the single-use invitation to the VIP channel stays valid. */
  invite_link_hours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  /** Tokens admins generate expire after this many days unless redeemed. */
  token_valid_days: z.number().int().min(1).max(365),
});

/** A feature flag's default: on or off, for a share of people, in a segment (VIP or not, some languages). */
const flagRuleSchema = z.strictObject({
  enabled: z.boolean(),
  percent: z.number().int().min(0).max(100).default(100),
  segment: z
    .strictObject({
      vip: z.boolean().optional(),
      languages: z.array(z.string().min(2)).min(1).optional(),
    })
    .default({}),
});

export const packFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_-]+$/, 'lowercase letters, digits, - and _'),
  name: z.string().min(1),
  default_locale: z.string().min(2),
  locales: z.array(z.string().min(2)).min(1),
  economy: z.strictObject({
    rewards: z.strictObject({
      welcome: besitos,
      fragment: besitos,
      decision: besitos,
      daily_gift: besitos,
      mission: besitos,
      achievement: besitos,
      reaction: besitos,
    }),
    vip_multiplier: z.number().min(1).max(10),
    levels: z
      .array(z.strictObject({ from: z.number().int().positive(), cost: z.number().int().positive() }))
      .min(1)
      .refine((tiers) => tiers[0]?.from === 1, 'the first tier must start at level 1')
      .refine(
        (tiers) => tiers.every((t, i) => i === 0 || t.from > tiers[i - 1]!.from),
        'tiers must be in order',
      ),
    /** Awards per user and local day, by reason (e.g. reaction: 20); reasons not named are not capped. */
    daily_caps: z.record(z.string(), z.number().int().positive()).default({}),
    /** Extra besitos of the daily gift from the `from_day`th consecutive day on (the highest row reached). */
    streak_bonus: z
      .array(z.strictObject({ from_day: z.number().int().min(2), bonus: besitos }))
      .default([])
      .refine(
        (rows) => rows.every((r, i) => i === 0 || r.from_day > rows[i - 1]!.from_day),
        'streak rows must be in order of from_day',
      ),
  }),
  notifications: notificationsSchema.default({ batch_window_seconds: 3, quiet_hours_choices: [] }),
  channels: channelsSchema.default({ reactions: ['🔥', '😈', '💋', '❤️'], counter_refresh_seconds: 5 }),
  vip: vipSchema.default({ reminder_days: [3, 1], invite_link_hours: 24, token_valid_days: 30 }),
  /** The time zones ⚙️ Configuración offers first, per language (any other by its UTC offset). */
  time_zones: z
    .record(
      z.string(),
      z.array(z.string().refine(isTimeZone, 'an IANA time zone such as America/Mexico_City')).max(8),
    )
    .default({}),
  /** Defaults of the feature flags (admins override them at run time); a flag not named here is on. */
  flags: z.partialRecord(z.enum(FLAG_NAMES), flagRuleSchema).default({}),
});

export type PackFile = z.infer<typeof packFileSchema>;
