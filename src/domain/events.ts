// Domain events: what happened, written to the outbox in the same transaction as the change that caused it.
// Consumers (missions, achievements, notifications, analytics) react to them at least once.

export interface EventBase<T extends string, P> {
  type: T;
  userId: number | null;
  payload: P;
  /** When it happened by the app's clock (missions count it in the user's day of this instant). */
  at?: Date;
}

export type DomainEvent =
  | EventBase<'UserRegistered', { language: string; startPayload: string | null }>
  | EventBase<'BesitosAwarded', { amount: number; reason: string; key: string; balance: number }>
  | EventBase<'BesitosSpent', { amount: number; reason: string; key: string; balance: number }>
  | EventBase<'LevelReached', { level: number }>
  | EventBase<'MissionCompleted', { missionId: string; period: string; reward: number }>
  | EventBase<'AchievementUnlocked', { achievementId: string; reward: number }>
  | EventBase<'LanguageChanged', { language: string }>
  // The story: progress events fire the first time (a replay never counts twice); state events on every change.
  | EventBase<'FragmentCompleted', { node: string; chapter: string }>
  | EventBase<'DecisionMade', { node: string; chapter: string; choice: string }>
  | EventBase<'ChapterCompleted', { chapter: string }>
  | EventBase<'EndingReached', { node: string; chapter: string }>
  | EventBase<'RelationshipChanged', { node: string; choice: string; delta: number; relationship: number }>
  | EventBase<'FlagSet', { node: string; choice: string; flag: string; value: boolean }>
  // Every fragment and ending available to the user (VIP chapters only for VIP users) has been seen.
  | EventBase<'StoryCompleted', { vip: boolean }>
  // The economy.
  | EventBase<'DailyGiftClaimed', { day: string; streak: number; amount: number }>
  | EventBase<'ItemPurchased', { itemId: string; price: number; order: number }>
  | EventBase<'ItemUsed', { itemId: string; left: number }>
  | EventBase<'BesitosAdjusted', { adminId: number; amount: number; reason: string; auditId: number }>
  // Channels: a join request arrived; the person became a member; their first reaction to a channel message.
  | EventBase<'JoinRequestReceived', { chatId: number }>
  | EventBase<'ChannelJoined', { chatId: number }>
  | EventBase<'ReactionRecorded', { chatId: number; messageId: number; postId: number | null; emoji: string }>
  // VIP: `until` is an ISO instant; `source` says where the time came from; `planId` is null for admin grants.
  | EventBase<'VipGranted', { planId: string | null; until: string; source: 'token' | 'stars' | 'admin' }>
  | EventBase<'VipRevoked', { until: string; reason: 'admin' | 'refund' }>
  | EventBase<'VipReminderSent', { until: string; daysLeft: number }>
  | EventBase<'VipExpired', Record<string, never>>
  | EventBase<'PaymentReceived', { chargeId: string; planId: string; amount: number }>
  | EventBase<'PaymentRefunded', { chargeId: string; planId: string; amount: number }>;

export type DomainEventType = DomainEvent['type'];

/** The current schema version of each event type's payload. */
export const EVENT_VERSION = 1;
