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
  // The story: progress events fire the first time (a replay never counts twice); state events on every change.
  | EventBase<'FragmentCompleted', { node: string; chapter: string }>
  | EventBase<'DecisionMade', { node: string; chapter: string; choice: string }>
  | EventBase<'ChapterCompleted', { chapter: string }>
  | EventBase<'EndingReached', { node: string; chapter: string }>
  | EventBase<'RelationshipChanged', { node: string; choice: string; delta: number; relationship: number }>
  | EventBase<'FlagSet', { node: string; choice: string; flag: string; value: boolean }>;

export type DomainEventType = DomainEvent['type'];

/** The current schema version of each event type's payload. */
export const EVENT_VERSION = 1;
