// The audit log: every admin action, with who, what, on whom, the state before and after, and why. Actions
// taken through the admin API also carry the actor, the role it acted with and the request id: the API runs
// its use-cases inside `actingAs`, so every row they write says who asked, without each use-case knowing.
import { AsyncLocalStorage } from 'node:async_hooks';
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

/** Who asked for an action made through the API. */
export interface AuditActor {
  /** "key:3 deploy-bot" or "telegram:123". */
  actor: string;
  role: string;
  requestId: string;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  createdAt: Date;
  actor: string | null;
  actorRole: string | null;
  requestId: string | null;
}

const acting = new AsyncLocalStorage<AuditActor>();

/** Runs `work` on behalf of `actor`: the audit rows it writes name the actor, its role and the request. */
export function actingAs<T>(actor: AuditActor, work: () => Promise<T>): Promise<T> {
  return acting.run(actor, work);
}

export async function writeAudit(tx: Executor, entry: AuditEntry, at: Date): Promise<number> {
  const actor = acting.getStore();
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
      ...(actor ? { actor: actor.actor, actor_role: actor.role, request_id: actor.requestId } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findAudit(db: Executor, id: number): Promise<AuditRecord | undefined> {
  const row = await selectAudit(db).where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/** The entries that refer to `ref` (a ledger key, a token), oldest first. */
export async function auditByRef(db: Executor, ref: string): Promise<AuditRecord[]> {
  const rows = await selectAudit(db).where('ref', '=', ref).orderBy('id').execute();
  return rows.map(toRecord);
}

export async function recentAudit(db: Executor, limit: number): Promise<AuditRecord[]> {
  const rows = await selectAudit(db).orderBy('id', 'desc').limit(limit).execute();
  return rows.map(toRecord);
}

export interface AuditFilter {
  /** "telegram:123", "key:3 …" (a prefix matches: "key:3 " is every row of key 3), or a Telegram id. */
  actor?: string | undefined;
  action?: string | undefined;
  targetUserId?: number | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Entries older than this id (the cursor of the previous page). */
  before?: number | undefined;
}

/** The entries matching every given criterion, newest first. */
export async function filterAudit(db: Executor, f: AuditFilter, limit: number): Promise<AuditRecord[]> {
  let query = selectAudit(db);
  if (f.actor !== undefined) {
    const actor = f.actor;
    query = /^\d+$/.test(actor)
      ? query.where('admin_id', '=', Number(actor))
      : query.where('actor', 'like', `${actor.replace(/[\\%_]/g, '\\$&')}%`);
  }
  if (f.action !== undefined) query = query.where('action', '=', f.action);
  if (f.targetUserId !== undefined) query = query.where('target_user_id', '=', f.targetUserId);
  if (f.from !== undefined) query = query.where('created_at', '>=', f.from);
  if (f.to !== undefined) query = query.where('created_at', '<', f.to);
  if (f.before !== undefined) query = query.where('id', '<', f.before);
  const rows = await query.orderBy('id', 'desc').limit(limit).execute();
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
    actor: row.actor,
    actorRole: row.actor_role,
    requestId: row.request_id,
  };
}
