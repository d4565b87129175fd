// Domain events: what happened, written to the outbox in the same transaction as the change that caused it.
// Consumers (missions, achievements, notifications, analytics) react to them at least once.

export interface EventBase<T extends string, P> {
  type: T;
  userId: number | null;
  payload: P;
}

export type DomainEvent =
  | EventBase<'UserRegistered', { language: string; startPayload: string | null }>
  | EventBase<'BesitosAwarded', { amount: number; reason: string; key: string; balance: number }>
  | EventBase<'BesitosSpent', { amount: number; reason: string; key: string; balance: number }>
  | EventBase<'LevelReached', { level: number }>
  | EventBase<'LanguageChanged', { language: string }>
  | EventBase<'DailyGiftClaimed', { day: string; streak: number; amount: number }>
  | EventBase<'ItemPurchased', { itemId: string; price: number; order: number }>
  | EventBase<'ItemUsed', { itemId: string; left: number }>
  | EventBase<'BesitosAdjusted', { adminId: number; amount: number; reason: string; auditId: number }>;

export type DomainEventType = DomainEvent['type'];

/** The current schema version of each event type's payload. */
export const EVENT_VERSION = 1;
