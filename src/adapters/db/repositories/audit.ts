// The audit log: every admin action, with who, what, on whom, the state before and after, and why.
import type { Executor } from '../database.ts';

export interface AuditEntry {
  adminId: number;
  action: string;
  targetUserId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  /** What the action refers to: a ledger key, an undone entry. */
  ref: string | null;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  createdAt: Date;
}

export async function writeAudit(tx: Executor, entry: AuditEntry, at: Date): Promise<number> {
  const row = await tx
    .insertInto('audit_log')
    .values({
      admin_id: entry.adminId,
      action: entry.action,
      target_user_id: entry.targetUserId,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
      reason: entry.reason,
      ref: entry.ref,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findAudit(db: Executor, id: number): Promise<AuditRecord | undefined> {
  const row = await selectAudit(db).where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function recentAudit(db: Executor, limit: number): Promise<AuditRecord[]> {
  const rows = await selectAudit(db).orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toRecord);
}

function selectAudit(db: Executor) {
  return db.selectFrom('audit_log').selectAll();
}

type AuditRow = Awaited<ReturnType<ReturnType<typeof selectAudit>['executeTakeFirstOrThrow']>>;

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: row.id,
    adminId: row.admin_id,
    action: row.action,
    targetUserId: row.target_user_id,
    before: row.before,
    after: row.after,
    reason: row.reason,
    ref: row.ref,
    createdAt: row.created_at,
  };
}
