// Domain events: what happened, written to the outbox in the same transaction as the change that caused it.
// Consumers (missions, achievements, notifications, analytics) react to them at least once.
//
// The registry below is the one list of event types: a zod schema per type and version. Writers are typed by
// it, the dispatcher parses every stored event with it before a consumer sees it (a payload that does not fit
// is dead-lettered, never guessed at), and the content checker uses it to refuse goals over unknown events or
// fields.
import { z } from 'zod';

const count = z.number().int();
const isoInstant = z.string().min(1);

/** Each event type's payload schema; the key's version is the one written today (see EVENT_VERSION). */
export const EVENT_PAYLOADS = {
  UserRegistered: z.object({ language: z.string(), startPayload: z.string().nullable() }),
  // The person's first update of a local day (`day`, in their zone): browsing a menu counts as much as playing.
  PersonActive: z.object({ day: z.string() }),
  // `activity`: the part of `amount` earned by activity (src/domain/economy/activity.ts); absent on older events.
  BesitosAwarded: z.object({
    amount: count,
    reason: z.string(),
    key: z.string(),
    balance: count,
    activity: count.optional(),
  }),
  BesitosSpent: z.object({ amount: count, reason: z.string(), key: z.string(), balance: count }),
  // `level`: the level reached; `from`: the level before (one award may cross several).
  LevelReached: z.object({ level: count, from: count.optional() }),
  MissionCompleted: z.object({ missionId: z.string(), period: z.string(), reward: count }),
  AchievementUnlocked: z.object({ achievementId: z.string(), reward: count }),
  LanguageChanged: z.object({ language: z.string() }),
  // The story: progress events fire the first time (a replay never counts twice); state events on every change.
  FragmentCompleted: z.object({ node: z.string(), chapter: z.string() }),
  DecisionMade: z.object({ node: z.string(), chapter: z.string(), choice: z.string() }),
  ChapterCompleted: z.object({ chapter: z.string() }),
  EndingReached: z.object({ node: z.string(), chapter: z.string() }),
  RelationshipChanged: z.object({
    node: z.string(),
    choice: z.string(),
    delta: z.number(),
    relationship: z.number(),
  }),
  FlagSet: z.object({ node: z.string(), choice: z.string(), flag: z.string(), value: z.boolean() }),
  // A story experiment: the variant of a node a person was shown, recorded the first time only.
  StoryVariantExposed: z.object({ node: z.string(), chapter: z.string(), variant: z.string() }),
  // Every fragment and ending available to the user (VIP chapters only for VIP users) has been seen.
  StoryCompleted: z.object({ vip: z.boolean() }),
  // The economy.
  DailyGiftClaimed: z.object({ day: z.string(), streak: count, amount: count }),
  ItemPurchased: z.object({ itemId: z.string(), price: count, order: count }),
  ItemUsed: z.object({ itemId: z.string(), left: count }),
  // The dailies: a night's first visit to Diana, the day's riddle solved, a play of the game of chance.
  NightlyVisited: z.object({ night: z.string(), scene: z.string(), amount: count }),
  RiddleSolved: z.object({ day: z.string(), riddle: z.string(), attempts: count, amount: count }),
  ChancePlayed: z.object({ stake: count, won: count }),
  BesitosAdjusted: z.object({ adminId: count, amount: count, reason: z.string(), auditId: count }),
  // Channels: a join request arrived; the person became a member; their first reaction to a channel message.
  JoinRequestReceived: z.object({ chatId: count }),
  ChannelJoined: z.object({ chatId: count }),
  ReactionRecorded: z.object({
    chatId: count,
    messageId: count,
    postId: count.nullable(),
    emoji: z.string(),
  }),
  // VIP: `until` is an ISO instant; `source` says where the time came from; `planId` is null for admin grants.
  VipGranted: z.object({
    planId: z.string().nullable(),
    until: isoInstant,
    source: z.enum(['token', 'stars', 'admin']),
  }),
  VipRevoked: z.object({ until: isoInstant, reason: z.enum(['admin', 'refund']) }),
  VipReminderSent: z.object({ until: isoInstant, daysLeft: count }),
  VipExpired: z.object({}),
  PaymentReceived: z.object({ chargeId: z.string(), planId: z.string(), amount: count }),
  PaymentRefunded: z.object({ chargeId: z.string(), planId: z.string(), amount: count }),
  // Talking to Diana: the first message of a person's day (missions count conversation days).
  ConversationDay: z.object({ day: z.string() }),
} as const;

type Payloads = typeof EVENT_PAYLOADS;
export type DomainEventType = keyof Payloads;
export type EventPayload<T extends DomainEventType> = z.infer<Payloads[T]>;

export interface EventBase<T extends string, P> {
  type: T;
  userId: number | null;
  payload: P;
  /** When it happened by the app's clock (missions count it in the user's day of this instant). */
  at?: Date;
}

export type DomainEvent = { [T in DomainEventType]: EventBase<T, EventPayload<T>> }[DomainEventType];

/** The current schema version of each event type's payload. */
export const EVENT_VERSION = 1;

export function isEventType(type: string): type is DomainEventType {
  return Object.hasOwn(EVENT_PAYLOADS, type);
}

/** The payload fields of an event type that hold numbers (what a goal may `sum`). */
export function numericFields(type: DomainEventType): string[] {
  const shape = EVENT_PAYLOADS[type].shape as Record<string, z.ZodType>;
  return Object.keys(shape).filter((field) => numeric(shape[field]!));
}

/** Every payload field of an event type (what a goal may filter on or count distinct values of). */
export function payloadFields(type: DomainEventType): string[] {
  return Object.keys(EVENT_PAYLOADS[type].shape);
}

function numeric(schema: z.ZodType): boolean {
  const inner = schema instanceof z.ZodNullable || schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  return inner instanceof z.ZodNumber;
}

export class InvalidEvent extends Error {
  override name = 'InvalidEvent';
}

/**
 * A stored event's payload, checked against its type's schema: unknown types, versions newer than this code
 * knows and payloads that do not fit are refused with an InvalidEvent naming what is wrong.
 */
export function parseEventPayload<T extends string>(
  type: T,
  version: number,
  payload: unknown,
): T extends DomainEventType ? EventPayload<T> : never;
export function parseEventPayload(type: string, version: number, payload: unknown): unknown {
  if (!isEventType(type)) throw new InvalidEvent(`unknown event type "${type}"`);
  if (version !== EVENT_VERSION) throw new InvalidEvent(`${type} v${version} is not a known version`);
  const parsed = EVENT_PAYLOADS[type].safeParse(payload);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`);
    throw new InvalidEvent(`${type} v${version} payload does not fit: ${problems.join('; ')}`);
  }
  return parsed.data;
}
