// The outbox: domain events are appended in the transaction that caused them.
import { type DomainEvent, EVENT_VERSION } from '../../../domain/events.ts';
import type { Executor } from '../database.ts';

export async function appendEvents(
  tx: Executor,
  events: readonly DomainEvent[],
  correlationId: string | null = null,
): Promise<void> {
  if (events.length === 0) return;
  await tx
    .insertInto('events')
    .values(
      events.map((e) => ({
        type: e.type,
        version: EVENT_VERSION,
        user_id: e.userId,
        payload: JSON.stringify(e.payload),
        correlation_id: correlationId,
      })),
    )
    .execute();
}
