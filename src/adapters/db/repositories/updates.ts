// Telegram may deliver an update more than once; the first delivery claims its update_id.
import { sql } from 'kysely';
import type { Executor } from '../database.ts';
import { toUser, type User, type UserRow } from './users.ts';

/** True when this update_id was not seen before (and is now recorded). */
export async function claimUpdate(db: Executor, updateId: number): Promise<boolean> {
  const result = await db
    .insertInto('processed_updates')
    .values({ update_id: updateId })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

interface Admission {
  updateId: number;
  userId: number;
  settle: (admitted: { fresh: boolean; user: User | undefined }) => void;
  fail: (error: unknown) => void;
}

/**
 * Claims updates and loads their users, in batches: the updates that arrive together (a getUpdates batch, a
 * burst of webhook calls) are claimed and loaded in one round trip. One batch is in flight at a time; updates
 * that arrive meanwhile wait for it and go together in the next, so the busier the bot, the larger the batches
 * (and the fewer the round trips). `fresh` is false for a repeated delivery.
 */
export class UpdateAdmission {
  private pending: Admission[] = [];
  private flushing = false;

  constructor(private readonly db: Executor) {}

  admit(updateId: number, userId: number): Promise<{ fresh: boolean; user: User | undefined }> {
    return new Promise((settle, fail) => {
      if (this.pending.length === 0 && !this.flushing) setImmediate(() => void this.flush());
      this.pending.push({ updateId, userId, settle, fail });
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      await this.admitBatch(batch);
    }
    this.flushing = false;
  }

  private async admitBatch(batch: Admission[]): Promise<void> {
    try {
      const result = await sql<UserRow & { update_id: number; fresh: boolean; id: number | null }>`
        WITH req AS (
          SELECT * FROM unnest(${batch.map((a) => a.updateId)}::bigint[], ${batch.map((a) => a.userId)}::bigint[])
            AS r(update_id, user_id)
        ), claim AS (
          INSERT INTO processed_updates (update_id) SELECT DISTINCT update_id FROM req
          ON CONFLICT DO NOTHING RETURNING update_id
        )
        SELECT req.update_id, claim.update_id IS NOT NULL AS fresh, u.*
        FROM req LEFT JOIN claim ON claim.update_id = req.update_id LEFT JOIN users u ON u.id = req.user_id
      `.execute(this.db);
      const claimed = new Set(result.rows.filter((r) => r.fresh).map((r) => Number(r.update_id)));
      const users = new Map(result.rows.filter((r) => r.id !== null).map((r) => [Number(r.id), toUser(r)]));
      for (const a of batch) {
        // Two deliveries of one update in one batch: the first is fresh, the other a duplicate.
        const fresh = claimed.delete(a.updateId);
        a.settle({ fresh, user: users.get(a.userId) });
      }
    } catch (error) {
      for (const a of batch) a.fail(error);
    }
  }
}

/** Forgets update ids older than the window in which Telegram redelivers. */
export async function pruneUpdates(db: Executor, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom('processed_updates')
    .where('received_at', '<', olderThan)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
