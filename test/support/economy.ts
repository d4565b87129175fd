// Use-case tests of the economy without the bot: an app context on a test database (launch pack, manual clock,
// admins), users made directly, and the events they caused.
import type { Database } from '../../src/adapters/db/database.ts';
import { upsertUser } from '../../src/adapters/db/repositories/users.ts';
import type { AppContext } from '../../src/app/services.ts';
import type { ContentPack } from '../../src/content/pack.ts';
import { ManualClock } from '../../src/domain/clock.ts';
import { testApp } from './app-context.ts';

/** An app context whose clock the test moves, and with the given admins. */
export function economyApp(
  database: Database,
  options: { clock?: ManualClock; pack?: ContentPack; adminIds?: number[]; timeZone?: string } = {},
): AppContext & { clock: ManualClock } {
  const clock = options.clock ?? new ManualClock('2026-01-15T18:00:00Z');
  const { adminIds, ...rest } = options;
  return { ...testApp(database, { ...rest, clock }), clock, adminIds: new Set(adminIds ?? []) };
}

/** Registers a user directly (no welcome bonus), optionally VIP until a date or in a zone. */
export async function addUser(
  app: AppContext,
  id: number,
  options: { vipUntil?: Date; timeZone?: string; username?: string; registeredAt?: Date } = {},
): Promise<number> {
  await upsertUser(
    app.db,
    { id, firstName: `U${id}`, username: options.username, language: 'es' },
    null,
    options.registeredAt,
  );
  if (options.vipUntil || options.timeZone) {
    await app.db
      .updateTable('users')
      .set({ vip_until: options.vipUntil ?? null, time_zone: options.timeZone ?? null })
      .where('id', '=', id)
      .execute();
  }
  return id;
}

/** The payloads of a user's events of one type, oldest first. */
export async function eventPayloads(app: AppContext, userId: number, type: string) {
  const rows = await app.db
    .selectFrom('events')
    .select('payload')
    .where('user_id', '=', userId)
    .where('type', '=', type)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.payload);
}
