// The admins who asked for Lucien's daily analytics summary.
import type { Executor } from '../database.ts';

export async function addSummarySubscriber(db: Executor, adminId: number, at: Date): Promise<void> {
  await db
    .insertInto('analytics_summary_subscribers')
    .values({ admin_id: adminId, since: at })
    .onConflict((oc) => oc.column('admin_id').doNothing())
    .execute();
}

export async function removeSummarySubscriber(db: Executor, adminId: number): Promise<void> {
  await db.deleteFrom('analytics_summary_subscribers').where('admin_id', '=', adminId).execute();
}

export async function isSummarySubscriber(db: Executor, adminId: number): Promise<boolean> {
  const row = await db
    .selectFrom('analytics_summary_subscribers')
    .select('admin_id')
    .where('admin_id', '=', adminId)
    .executeTakeFirst();
  return row !== undefined;
}
