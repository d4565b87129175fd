// What the bot is waiting for an admin to type. Kept in the database so a restart forgets nothing.
import type { Executor } from '../database.ts';

export interface AdminSession {
  awaiting: string;
  targetUserId: number | null;
  updatedAt: Date;
}

export async function getAdminSession(db: Executor, adminId: number): Promise<AdminSession | undefined> {
  const row = await db
    .selectFrom('admin_sessions')
    .select(['awaiting', 'target_user_id', 'updated_at'])
    .where('admin_id', '=', adminId)
    .executeTakeFirst();
  return row && { awaiting: row.awaiting, targetUserId: row.target_user_id, updatedAt: row.updated_at };
}

export async function setAdminSession(
  db: Executor,
  adminId: number,
  session: { awaiting: string; targetUserId: number | null },
  at: Date,
): Promise<void> {
  const values = { awaiting: session.awaiting, target_user_id: session.targetUserId, updated_at: at };
  await db
    .insertInto('admin_sessions')
    .values({ admin_id: adminId, ...values })
    .onConflict((oc) => oc.column('admin_id').doUpdateSet(values))
    .execute();
}

export async function clearAdminSession(db: Executor, adminId: number): Promise<void> {
  await db.deleteFrom('admin_sessions').where('admin_id', '=', adminId).execute();
}
